import { AccessTokenCache, expectPlatformOk, getJson } from '../shared/platform-http.js';

export const WECOM_API = 'https://qyapi.weixin.qq.com/cgi-bin';

export interface WecomAppCredentials {
  readonly corpId: string;
  readonly corpSecret: string;
}

/** The app's access_token (`gettoken` with the corp id and the app's secret), cached until shortly before expiry. */
export function wecomAccessToken(app: WecomAppCredentials, base: string = WECOM_API, now?: () => number): AccessTokenCache {
  return new AccessTokenCache(async () => {
    const answer = await getJson(`${base}/gettoken?corpid=${encodeURIComponent(app.corpId)}&corpsecret=${encodeURIComponent(app.corpSecret)}`);
    expectPlatformOk(answer, 'errcode');
    return { value: answer['access_token'], expiresInSeconds: answer['expires_in'] };
  }, now);
}
