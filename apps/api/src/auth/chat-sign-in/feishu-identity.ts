import type { ChatSignInConfig } from './chat-sign-in.config.js';
import type { ChatIdentity } from './chat-identity.js';
import { codeRefused, platformJson, text, unavailable } from './platform-http.js';

const LABEL = '飞书';

/**
 * Feishu's OAuth (open.feishu.cn, 获取授权码 / 获取 user_access_token v2 / 获取用户信息): the code
 * gives a user token, the token the user's open_id — per app, the id the bot of the same app sees.
 */
export function feishuIdentity(config: NonNullable<ChatSignInConfig['feishu']>): ChatIdentity {
  return {
    platform: 'feishu',
    label: LABEL,
    authorizeUrl(redirectUri, state) {
      return `${config.accountsHost}/open-apis/authen/v1/authorize?${new URLSearchParams({ client_id: config.appId, redirect_uri: redirectUri, state })}`;
    },
    async platformUserId(code, redirectUri) {
      const token = await platformJson(LABEL, `${config.apiHost}/open-apis/authen/v2/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify({ grant_type: 'authorization_code', client_id: config.appId, client_secret: config.appSecret, code, redirect_uri: redirectUri }),
      });
      const userToken = text(token.access_token);
      if (token.code !== 0 || !userToken) throw codeRefused(LABEL);
      const info = await platformJson(LABEL, `${config.apiHost}/open-apis/authen/v1/user_info`, { headers: { authorization: `Bearer ${userToken}` } });
      const openId = text((info.data as Record<string, unknown> | undefined)?.open_id);
      if (info.code !== 0 || !openId) throw unavailable(LABEL, `user_info code ${String(info.code)}`);
      return openId;
    },
  };
}
