import type { ChatSignInConfig } from './chat-sign-in.config.js';
import type { ChatIdentity } from './chat-identity.js';
import { codeRefused, notMember, platformJson, text, unavailable } from './platform-http.js';

const LABEL = '企业微信';
/** WeCom's "invalid code" family (40029 invalid, 40163 used, 42003 expired): the user starts again. */
const CODE_ERRORS = new Set([40029, 40163, 42003]);

/**
 * WeCom's web OAuth for a self-built app (developer.work.weixin.qq.com, 构造网页授权链接 /
 * 获取访问用户身份): the app token and the code give the member's userid, the bot's FromUserName.
 */
export function wecomIdentity(config: NonNullable<ChatSignInConfig['wecom']>): ChatIdentity {
  return {
    platform: 'wecom',
    label: LABEL,
    authorizeUrl(redirectUri, state) {
      const query = new URLSearchParams({ appid: config.corpId, redirect_uri: redirectUri, response_type: 'code', scope: 'snsapi_base', state, agentid: config.agentId });
      return `${config.oauthHost}/connect/oauth2/authorize?${query}#wechat_redirect`;
    },
    async platformUserId(code) {
      const app = await platformJson(LABEL, `${config.apiHost}/cgi-bin/gettoken?${new URLSearchParams({ corpid: config.corpId, corpsecret: config.corpSecret })}`);
      const appToken = text(app.access_token);
      if (app.errcode !== 0 || !appToken) throw unavailable(LABEL, `gettoken errcode ${String(app.errcode)}`);
      const user = await platformJson(LABEL, `${config.apiHost}/cgi-bin/auth/getuserinfo?${new URLSearchParams({ access_token: appToken, code })}`);
      if (typeof user.errcode === 'number' && CODE_ERRORS.has(user.errcode)) throw codeRefused(LABEL);
      if (user.errcode !== 0) throw unavailable(LABEL, `getuserinfo errcode ${String(user.errcode)}`);
      // A non-member (external contact, WeChat user) gets an openid and no userid.
      const userId = text(user.userid);
      if (!userId) throw notMember(LABEL);
      return userId;
    },
  };
}
