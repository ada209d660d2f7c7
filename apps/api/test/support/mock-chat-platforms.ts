import { createServer, type IncomingMessage, type Server } from 'node:http';

/**
 * DingTalk, Feishu and WeCom's OAuth endpoints on one loopback server, answering as the platforms
 * document (success and error shapes), with the app credentials below. `users` maps an
 * authorization code to the platform user it stands for; other codes are refused as invalid.
 */
export const MOCK_APPS = {
  dingtalk: { clientId: 'ding-app-key', clientSecret: 'ding-app-secret' },
  feishu: { appId: 'cli_feishu_app', appSecret: 'feishu-app-secret' },
  wecom: { corpId: 'ww-corp-id', corpSecret: 'wecom-corp-secret', agentId: '1000002' },
} as const;

export interface MockPlatformUsers {
  /** code → DingTalk staff userid; null: a DingTalk user outside the organisation. */
  dingtalk: Record<string, string | null>;
  /** code → Feishu open_id. */
  feishu: Record<string, string>;
  /** code → WeCom userid; null: a non-member (answered with an openid only). */
  wecom: Record<string, string | null>;
}

export interface MockPlatforms {
  readonly url: string;
  readonly users: MockPlatformUsers;
  /** Every request seen, as `METHOD path`. */
  readonly requests: string[];
  /** While true every endpoint answers 503, as a platform outage. */
  down: boolean;
  close(): Promise<void>;
}

async function jsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length ? (JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>) : {};
}

export async function startMockPlatforms(): Promise<MockPlatforms> {
  const users: MockPlatformUsers = { dingtalk: {}, feishu: {}, wecom: {} };
  const requests: string[] = [];
  const state = { down: false };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://mock');
    requests.push(`${req.method} ${url.pathname}`);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (state.down) return send(503, { message: 'service unavailable' });
    void (async () => {
      const body = req.method === 'POST' ? await jsonBody(req) : {};
      const q = url.searchParams;
      switch (`${req.method} ${url.pathname}`) {
        // DingTalk: user token for a code, the user's unionId, the app token, unionId → staff userid.
        case 'POST /v1.0/oauth2/userAccessToken': {
          const { clientId, clientSecret, code, grantType } = body as Record<string, string>;
          if (clientId !== MOCK_APPS.dingtalk.clientId || clientSecret !== MOCK_APPS.dingtalk.clientSecret) return send(400, { code: 'invalidClient', message: '应用凭证错误' });
          if (grantType !== 'authorization_code' || code === undefined || !(code in users.dingtalk)) return send(400, { code: 'invalidAuthCode', message: '不合法的临时授权码' });
          return send(200, { accessToken: `ding-user-${code}`, refreshToken: 'r', expireIn: 7200 });
        }
        case 'GET /v1.0/contact/users/me': {
          const code = String(req.headers['x-acs-dingtalk-access-token'] ?? '').replace(/^ding-user-/, '');
          if (!(code in users.dingtalk)) return send(401, { code: 'InvalidAuthentication', message: '不合法的access_token' });
          return send(200, { nick: '张三', unionId: `union-${code}`, openId: `open-${code}` });
        }
        case 'GET /gettoken':
          if (q.get('appkey') !== MOCK_APPS.dingtalk.clientId || q.get('appsecret') !== MOCK_APPS.dingtalk.clientSecret) return send(200, { errcode: 40089, errmsg: '不合法的corpid或corpsecret' });
          return send(200, { errcode: 0, errmsg: 'ok', access_token: 'ding-app-token', expires_in: 7200 });
        case 'POST /topapi/user/getbyunionid': {
          if (q.get('access_token') !== 'ding-app-token') return send(200, { errcode: 40014, errmsg: '不合法的access_token' });
          const staff = users.dingtalk[String(body.unionid).replace(/^union-/, '')];
          if (!staff) return send(200, { errcode: 60121, errmsg: '找不到该用户' });
          return send(200, { errcode: 0, errmsg: 'ok', result: { contact_type: 0, userid: staff } });
        }
        // Feishu: user token (v2) for a code, then the user's info.
        case 'POST /open-apis/authen/v2/oauth/token': {
          const { grant_type, client_id, client_secret, code, redirect_uri } = body as Record<string, string>;
          if (client_id !== MOCK_APPS.feishu.appId || client_secret !== MOCK_APPS.feishu.appSecret) return send(400, { code: 20002, error: 'invalid_client' });
          if (grant_type !== 'authorization_code' || code === undefined || !(code in users.feishu) || !redirect_uri?.endsWith('/login/chat/feishu')) return send(400, { code: 20003, error: 'invalid_grant' });
          return send(200, { code: 0, access_token: `feishu-user-${code}`, expires_in: 7200, token_type: 'Bearer' });
        }
        case 'GET /open-apis/authen/v1/user_info': {
          const code = String(req.headers.authorization ?? '').replace(/^Bearer feishu-user-/, '');
          const openId = users.feishu[code];
          if (!openId) return send(401, { code: 99991668, msg: 'Invalid access token' });
          return send(200, { code: 0, msg: 'success', data: { name: '李四', open_id: openId, union_id: `on_${code}` } });
        }
        // WeCom: app token, then the visitor of a code.
        case 'GET /cgi-bin/gettoken':
          if (q.get('corpid') !== MOCK_APPS.wecom.corpId || q.get('corpsecret') !== MOCK_APPS.wecom.corpSecret) return send(200, { errcode: 40013, errmsg: 'invalid corpid' });
          return send(200, { errcode: 0, errmsg: 'ok', access_token: 'wecom-app-token', expires_in: 7200 });
        case 'GET /cgi-bin/auth/getuserinfo': {
          if (q.get('access_token') !== 'wecom-app-token') return send(200, { errcode: 40014, errmsg: 'invalid access_token' });
          const code = q.get('code') ?? '';
          if (!(code in users.wecom)) return send(200, { errcode: 40029, errmsg: 'invalid code' });
          const userId = users.wecom[code];
          return send(200, userId ? { errcode: 0, errmsg: 'ok', userid: userId, user_ticket: 't' } : { errcode: 0, errmsg: 'ok', openid: 'oAAAAAAA', external_userid: 'wmAAAA' });
        }
        default:
          return send(404, { message: `mock: no ${req.method} ${url.pathname}` });
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('mock platforms: no address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    users,
    requests,
    get down() {
      return state.down;
    },
    set down(value: boolean) {
      state.down = value;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
