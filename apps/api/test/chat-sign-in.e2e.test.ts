import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadChatSignIn } from '../src/auth/chat-sign-in/chat-sign-in.config.js';
import { users } from '../src/database/schema/index.js';
import { MOCK_APPS, startMockPlatforms, type MockPlatforms } from './support/mock-chat-platforms.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const DASHBOARD = 'https://jixiao.example.gov.cn';
const callback = (platform: string) => `${DASHBOARD}/login/chat/${platform}`;
const SIGN_IN = `mutation ($input: ChatSignInInput!) { chatSignIn(input: $input) { accessToken user { username role } } }`;

describe('work-chat sign-in (OAuth code exchange against mock platforms)', () => {
  let platforms: MockPlatforms;
  let app: TestApp;

  beforeAll(async () => {
    platforms = await startMockPlatforms();
    app = await startTestApp({
      demoProjects: 1,
      env: {
        DINGTALK_CLIENT_ID: MOCK_APPS.dingtalk.clientId,
        DINGTALK_CLIENT_SECRET: MOCK_APPS.dingtalk.clientSecret,
        DINGTALK_API: platforms.url,
        DINGTALK_OAPI: platforms.url,
        FEISHU_APP_ID: MOCK_APPS.feishu.appId,
        FEISHU_APP_SECRET: MOCK_APPS.feishu.appSecret,
        FEISHU_API: platforms.url,
        WECOM_CORP_ID: MOCK_APPS.wecom.corpId,
        WECOM_CORP_SECRET: MOCK_APPS.wecom.corpSecret,
        WECOM_AGENT_ID: MOCK_APPS.wecom.agentId,
        WECOM_API: platforms.url,
        LOGIN_RATE_LIMIT: '1000',
      },
    });
    const admin = await app.login('admin');
    const userId = async (username: string) => (await app.db().select({ id: users.id }).from(users).where(eq(users.username, username)))[0]?.id;
    // As the bot's administrator links them (chat_user_links).
    for (const [platform, platformUserId, username] of [
      ['dingtalk', 'manager4521', 'leader'],
      ['feishu', 'ou_7d8a6e6df7621556ce0d21922b676706', 'evaluator'],
      ['wecom', 'ZhangSan', 'zfw-staff'],
    ] as const) {
      const linked = await app.gql('mutation ($p: String!, $u: String!, $id: ID!) { linkChatUser(platform: $p, platformUserId: $u, userId: $id) }', { p: platform, u: platformUserId, id: await userId(username) }, admin);
      expect(linked.errors).toBeUndefined();
    }
    Object.assign(platforms.users.dingtalk, { 'dt-code-linked': 'manager4521', 'dt-code-unlinked': 'staff9999', 'dt-code-outsider': null });
    Object.assign(platforms.users.feishu, { 'fs-code-linked': 'ou_7d8a6e6df7621556ce0d21922b676706' });
    Object.assign(platforms.users.wecom, { 'wc-code-linked': 'ZhangSan', 'wc-code-external': null });
  });
  afterAll(async () => {
    await app?.close();
    await platforms?.close();
  });

  /** Posts the sign-in as a browser would, keeping the refresh cookie it sets. */
  async function chatSignIn(platform: string, code: string, redirectUri = callback(platform)) {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: { platform, code, redirectUri } } }),
    });
    const body = (await response.json()) as { data: { chatSignIn: { accessToken: string; user: { username: string; role: string } } } | null; errors?: { message: string; extensions: { code: string; reason?: string; field?: string } }[] };
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('jixiao_refresh='));
    return { ...body, cookie: cookie && /^jixiao_refresh=([^;]*)/.exec(cookie)?.[1] };
  }

  it('offers the configured platforms on the login page, and none on a server without credentials', async () => {
    const options = await app.gql<{ signInOptions: { chatPlatforms: string[] } }>('{ signInOptions { chatPlatforms } }');
    expect(options.data?.signInOptions.chatPlatforms).toEqual(['dingtalk', 'feishu', 'wecom']);
    expect(loadChatSignIn({})).toEqual({});
    expect(loadChatSignIn({ WECOM_CORP_ID: 'ww', WECOM_CORP_SECRET: 's' })).toEqual({});
  });

  it('sends the browser to each platform with the app, the callback and the state', async () => {
    const state = 'Zk3v9QmN2pX7rT5wY8bC';
    const url = async (platform: string) => {
      const answer = await app.gql<{ chatSignInUrl: string }>('query ($p: String!, $r: String!, $s: String!) { chatSignInUrl(platform: $p, redirectUri: $r, state: $s) }', { p: platform, r: callback(platform), s: state });
      expect(answer.errors).toBeUndefined();
      return new URL(answer.data?.chatSignInUrl ?? '');
    };
    const dingtalk = await url('dingtalk');
    expect(`${dingtalk.origin}${dingtalk.pathname}`).toBe('https://login.dingtalk.com/oauth2/auth');
    expect(Object.fromEntries(dingtalk.searchParams)).toMatchObject({ client_id: MOCK_APPS.dingtalk.clientId, redirect_uri: callback('dingtalk'), response_type: 'code', scope: 'openid', state });
    const feishu = await url('feishu');
    expect(`${feishu.origin}${feishu.pathname}`).toBe('https://accounts.feishu.cn/open-apis/authen/v1/authorize');
    expect(Object.fromEntries(feishu.searchParams)).toMatchObject({ client_id: MOCK_APPS.feishu.appId, redirect_uri: callback('feishu'), state });
    const wecom = await url('wecom');
    expect(`${wecom.origin}${wecom.pathname}${wecom.hash}`).toBe('https://open.weixin.qq.com/connect/oauth2/authorize#wechat_redirect');
    expect(Object.fromEntries(wecom.searchParams)).toMatchObject({ appid: MOCK_APPS.wecom.corpId, agentid: MOCK_APPS.wecom.agentId, scope: 'snsapi_base', redirect_uri: callback('wecom'), state });
  });

  it('signs in the linked account of each platform, with a session the refresh cookie continues', async () => {
    const dingtalk = await chatSignIn('dingtalk', 'dt-code-linked');
    expect(dingtalk.errors).toBeUndefined();
    expect(dingtalk.data?.chatSignIn.user).toEqual({ username: 'leader', role: 'leader' });
    expect(platforms.requests).toEqual(expect.arrayContaining(['POST /v1.0/oauth2/userAccessToken', 'GET /v1.0/contact/users/me', 'GET /gettoken', 'POST /topapi/user/getbyunionid']));
    expect(dingtalk.cookie).toBeTruthy();
    const refreshed = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `jixiao_refresh=${dingtalk.cookie}` },
      body: JSON.stringify({ query: 'mutation { refreshSession { user { username } } }' }),
    });
    expect(((await refreshed.json()) as { data: { refreshSession: { user: { username: string } } } }).data.refreshSession.user.username).toBe('leader');
    const me = await app.gql<{ me: { username: string } }>('{ me { username } }', {}, dingtalk.data?.chatSignIn.accessToken);
    expect(me.data?.me.username).toBe('leader');

    expect((await chatSignIn('feishu', 'fs-code-linked')).data?.chatSignIn.user).toEqual({ username: 'evaluator', role: 'evaluator' });
    expect((await chatSignIn('wecom', 'wc-code-linked')).data?.chatSignIn.user).toEqual({ username: 'zfw-staff', role: 'unitStaff' });
  });

  it('refuses, in Chinese and with what to do, a platform user nobody linked, an outsider and a used code', async () => {
    const unlinked = await chatSignIn('dingtalk', 'dt-code-unlinked');
    expect(unlinked.data).toBeNull();
    expect(unlinked.cookie).toBeUndefined();
    expect(unlinked.errors?.[0]?.extensions).toMatchObject({ code: 'UNMAPPED_CHAT_USER', reason: 'chatUserNotLinked' });
    expect(unlinked.errors?.[0]?.message).toContain('钉钉账号尚未关联绩效系统账号');

    for (const [platform, code] of [['dingtalk', 'dt-code-outsider'], ['wecom', 'wc-code-external']] as const) {
      const outsider = await chatSignIn(platform, code);
      expect(outsider.errors?.[0]?.extensions, platform).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'notOrganisationMember' });
      expect(outsider.errors?.[0]?.message).toMatch(/不是本单位通讯录成员/);
    }
    for (const platform of ['dingtalk', 'feishu', 'wecom']) {
      const refused = await chatSignIn(platform, 'expired-code');
      expect(refused.errors?.[0]?.extensions, platform).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'chatCodeRefused' });
      expect(refused.errors?.[0]?.message).toMatch(/登录已失效，请重新发起/);
    }
  });

  it('says a platform is unavailable rather than failing, and checks what it is given', async () => {
    platforms.down = true;
    try {
      const down = await chatSignIn('feishu', 'fs-code-linked');
      expect(down.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', reason: 'chatPlatformUnavailable' });
      expect(down.errors?.[0]?.message).toContain('飞书暂时无法完成登录');
    } finally {
      platforms.down = false;
    }
    const elsewhere = await chatSignIn('dingtalk', 'dt-code-linked', 'https://evil.example.com/steal');
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'redirectUri' });
    const unknown = await chatSignIn('telegram', 'x', callback('dingtalk'));
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'platform' });
    const badState = await app.gql('query { chatSignInUrl(platform: "wecom", redirectUri: "https://jixiao.example.gov.cn/login/chat/wecom", state: "x") }');
    expect(badState.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'state' });
  });

  it('does not sign in a disabled account, even when linked', async () => {
    await app.db().update(users).set({ disabledAt: new Date() }).where(eq(users.username, 'zfw-staff'));
    const disabled = await chatSignIn('wecom', 'wc-code-linked');
    expect(disabled.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'accountDisabled' });
  });
});
