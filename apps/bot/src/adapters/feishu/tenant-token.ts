import { AccessTokenCache, expectPlatformOk, postJson } from '../shared/platform-http.js';

export const FEISHU_API = 'https://open.feishu.cn/open-apis';

export interface FeishuAppCredentials {
  readonly appId: string;
  readonly appSecret: string;
}

/** tenant_access_token of a self-built app (`auth/v3/tenant_access_token/internal`), cached until shortly before expiry. */
export function feishuTenantToken(app: FeishuAppCredentials, base: string = FEISHU_API, now?: () => number): AccessTokenCache {
  return new AccessTokenCache(async () => {
    const answer = await postJson(`${base}/auth/v3/tenant_access_token/internal`, { app_id: app.appId, app_secret: app.appSecret });
    expectPlatformOk(answer, 'code');
    return { value: answer['tenant_access_token'], expiresInSeconds: answer['expire'] };
  }, now);
}
