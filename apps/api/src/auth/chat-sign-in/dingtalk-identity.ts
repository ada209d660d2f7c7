import type { ChatSignInConfig } from './chat-sign-in.config.js';
import type { ChatIdentity } from './chat-identity.js';
import { codeRefused, notMember, platformJson, text, unavailable } from './platform-http.js';

const LABEL = '钉钉';

/**
 * DingTalk's OAuth 2 for an enterprise-internal app (open.dingtalk.com, 获取用户token / 获取用户通讯录个人信息):
 * the code gives a user token, the token the user's unionId, and the app token turns the unionId
 * into the staff userid the bot sees (topapi/user/getbyunionid).
 */
export function dingtalkIdentity(config: NonNullable<ChatSignInConfig['dingtalk']>): ChatIdentity {
  return {
    platform: 'dingtalk',
    label: LABEL,
    authorizeUrl(redirectUri, state) {
      const query = new URLSearchParams({ redirect_uri: redirectUri, response_type: 'code', client_id: config.clientId, scope: 'openid', state, prompt: 'consent' });
      return `${config.loginHost}/oauth2/auth?${query}`;
    },
    async platformUserId(code) {
      const token = await platformJson(LABEL, `${config.apiHost}/v1.0/oauth2/userAccessToken`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ clientId: config.clientId, clientSecret: config.clientSecret, code, grantType: 'authorization_code' }),
      });
      const userToken = text(token.accessToken);
      if (!userToken) throw codeRefused(LABEL);
      const me = await platformJson(LABEL, `${config.apiHost}/v1.0/contact/users/me`, { headers: { 'x-acs-dingtalk-access-token': userToken } });
      const unionId = text(me.unionId);
      if (!unionId) throw unavailable(LABEL, 'users/me without unionId');
      const app = await platformJson(LABEL, `${config.oapiHost}/gettoken?${new URLSearchParams({ appkey: config.clientId, appsecret: config.clientSecret })}`);
      const appToken = text(app.access_token);
      if (app.errcode !== 0 || !appToken) throw unavailable(LABEL, `gettoken errcode ${String(app.errcode)}`);
      const staff = await platformJson(LABEL, `${config.oapiHost}/topapi/user/getbyunionid?${new URLSearchParams({ access_token: appToken })}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ unionid: unionId }),
      });
      const userId = text((staff.result as Record<string, unknown> | undefined)?.userid);
      // Not a member of the organisation (errcode 60121): a DingTalk account, but not a colleague.
      if (staff.errcode !== 0 || !userId) throw notMember(LABEL);
      return userId;
    },
  };
}
