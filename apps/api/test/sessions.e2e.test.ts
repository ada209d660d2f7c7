import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshTokens, sessions, users } from '../src/database/schema/index.js';
import { DEMO_PASSWORD } from '../src/demo/demo-users.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';

const LOGIN = 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { accessToken user { username mustChangePassword } } }';
const REFRESH = 'mutation { refreshSession { accessToken expiresAt user { username role } } }';
const ME = '{ me { username } }';

interface Answer<T> extends GraphQLResponse<T> {
  /** The refresh cookie the answer set (undefined: none set; '' cleared). */
  readonly cookie: string | undefined;
  readonly setCookie: string | undefined;
}

describe('sessions: refresh cookie, rotation, logout and revocation', () => {
  let app: TestApp;

  /** A browser's POST: JSON, with the refresh cookie when it has one. */
  async function post<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, auth: { token?: string; cookie?: string } = {}): Promise<Answer<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (auth.token) headers.authorization = `Bearer ${auth.token}`;
    if (auth.cookie !== undefined) headers.cookie = `jixiao_refresh=${auth.cookie}`;
    const response = await fetch(app.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: T | null; errors?: GraphQLResponse['errors'] };
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('jixiao_refresh='));
    const cookie = setCookie === undefined ? undefined : (/^jixiao_refresh=([^;]*)/.exec(setCookie)?.[1] ?? '');
    return { status: response.status, data: body.data, errors: body.errors, cookie, setCookie };
  }

  async function signIn(username: string, password = DEMO_PASSWORD): Promise<{ token: string; cookie: string }> {
    const answer = await post<{ login: { accessToken: string } }>(LOGIN, { u: username, p: password });
    if (!answer.data || !answer.cookie) throw new Error(`login of ${username} failed: ${JSON.stringify(answer.errors)}`);
    return { token: answer.data.login.accessToken, cookie: answer.cookie };
  }

  /** Ages a replaced refresh token past the grace period, as if its reuse came a minute later. */
  async function ageReplacedTokens(): Promise<void> {
    await app.db().update(refreshTokens).set({ replacedAt: sql`now() - interval '1 minute'` }).where(sql`${refreshTokens.replacedAt} is not null`);
  }

  async function adminToken(): Promise<string> {
    return (await signIn('admin')).token;
  }

  beforeAll(async () => {
    app = await startTestApp({ demoProjects: 2 });
  });
  afterAll(() => app.close());

  it('sets the refresh token as an httpOnly, SameSite=Strict cookie scoped to /graphql', async () => {
    const answer = await post(LOGIN, { u: 'leader', p: DEMO_PASSWORD });
    expect(answer.setCookie).toMatch(/HttpOnly/i);
    expect(answer.setCookie).toMatch(/SameSite=Strict/i);
    expect(answer.setCookie).toMatch(/Path=\/graphql/);
    expect(answer.setCookie).toMatch(/Max-Age=1209600/);
    // Secure only in production (tests run over http://127.0.0.1).
    expect(answer.setCookie).not.toMatch(/Secure/i);
    expect(answer.cookie).toMatch(/^[\w-]{43}$/);
  });

  it('refreshes through the cookie, rotating it every time', async () => {
    const first = await signIn('leader');
    const refreshed = await post<{ refreshSession: { accessToken: string; user: { username: string } } }>(REFRESH, {}, { cookie: first.cookie });
    expect(refreshed.errors).toBeUndefined();
    expect(refreshed.data?.refreshSession.user.username).toBe('leader');
    expect(refreshed.cookie).toBeDefined();
    expect(refreshed.cookie).not.toBe(first.cookie);
    const me = await post<{ me: { username: string } }>(ME, {}, { token: refreshed.data?.refreshSession.accessToken ?? '' });
    expect(me.data?.me.username).toBe('leader');
    // Rotated again with the new cookie.
    const again = await post(REFRESH, {}, { cookie: refreshed.cookie ?? '' });
    expect(again.errors).toBeUndefined();
    expect(again.cookie).not.toBe(refreshed.cookie);
  });

  it('answers a second tab refreshing with the same cookie at once, without a new cookie', async () => {
    const { cookie } = await signIn('leader');
    const [a, b] = await Promise.all([post(REFRESH, {}, { cookie }), post(REFRESH, {}, { cookie })]);
    expect([a.errors, b.errors]).toEqual([undefined, undefined]);
    expect([a.cookie, b.cookie].filter((c) => c !== undefined)).toHaveLength(1);
  });

  it('ends the whole session when a replaced refresh token comes back (reuse detection)', async () => {
    const stolen = await signIn('finance');
    const rotated = await post(REFRESH, {}, { cookie: stolen.cookie });
    const current = rotated.cookie ?? '';
    await ageReplacedTokens();

    const replay = await post(REFRESH, {}, { cookie: stolen.cookie });
    expect(replay.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'refreshReused' });
    expect(replay.cookie).toBe('');
    // The rightful holder's newer token and the session's access tokens are dead too.
    const legit = await post(REFRESH, {}, { cookie: current });
    expect(legit.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'sessionEnded' });
    const me = await post(ME, {}, { token: stolen.token });
    expect(me.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'sessionEnded' });
  });

  it('refuses a refresh without a cookie, with an unknown one, and for an expired session', async () => {
    expect((await post(REFRESH)).errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'noSession' });
    expect((await post(REFRESH, {}, { cookie: 'A'.repeat(43) })).errors?.[0]?.extensions).toMatchObject({ reason: 'sessionEnded' });
    const { cookie } = await signIn('edu-staff');
    const [edu] = await app.db().select({ id: users.id }).from(users).where(eq(users.username, 'edu-staff'));
    await app.db().update(sessions).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(sessions.userId, edu?.id ?? ''));
    expect((await post(REFRESH, {}, { cookie })).errors?.[0]?.extensions).toMatchObject({ reason: 'sessionEnded' });
  });

  it('logout ends the session: its access token and refresh cookie stop working', async () => {
    const { token, cookie } = await signIn('zfw-staff');
    const other = await signIn('zfw-staff');
    const out = await post<{ logout: boolean }>('mutation { logout }', {}, { token, cookie });
    expect(out.data?.logout).toBe(true);
    expect(out.cookie).toBe('');
    expect((await post(ME, {}, { token })).errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'sessionEnded' });
    expect((await post(REFRESH, {}, { cookie })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Another browser's session of the same user goes on.
    expect((await post<{ me: { username: string } }>(ME, {}, { token: other.token })).data?.me.username).toBe('zfw-staff');
  });

  it('refuses a cookie-carrying refresh that is not a JSON POST (CSRF)', async () => {
    const { cookie } = await signIn('leader');
    const form = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: `jixiao_refresh=${cookie}` },
      body: JSON.stringify({ query: REFRESH }),
    });
    expect(form.status).toBe(415);
    expect(form.headers.getSetCookie()).toEqual([]);
    const get = await fetch(`${app.url}?query=${encodeURIComponent(REFRESH)}`, { headers: { cookie: `jixiao_refresh=${cookie}` } });
    expect(get.status).toBeGreaterThanOrEqual(400);
    expect(get.headers.getSetCookie()).toEqual([]);
  });

  describe('revocation', () => {
    const DISABLE = 'mutation($id: ID!, $d: Boolean!) { setUserDisabled(userId: $id, disabled: $d) { disabled openSessions } }';

    async function userId(username: string): Promise<string> {
      const [row] = await app.db().select({ id: users.id }).from(users).where(eq(users.username, username));
      if (!row) throw new Error(`no user ${username}`);
      return row.id;
    }

    it('disabling a user stops their access token at once and refuses their login', async () => {
      const victim = await signIn('leader-fukang');
      const admin = await adminToken();
      const disabled = await post<{ setUserDisabled: { disabled: boolean; openSessions: number } }>(DISABLE, { id: await userId('leader-fukang'), d: true }, { token: admin });
      expect(disabled.data?.setUserDisabled).toEqual({ disabled: true, openSessions: 0 });
      expect((await post('{ projects { totalCount } }', {}, { token: victim.token })).errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'sessionEnded' });
      expect((await post(REFRESH, {}, { cookie: victim.cookie })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const login = await post(LOGIN, { u: 'leader-fukang', p: DEMO_PASSWORD });
      expect(login.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'accountDisabled' });
      // Enabled again, the account signs in as before.
      await post(DISABLE, { id: await userId('leader-fukang'), d: false }, { token: admin });
      expect((await post(LOGIN, { u: 'leader-fukang', p: DEMO_PASSWORD })).errors).toBeUndefined();
    });

    it('a role change stops the old token (it states the old role)', async () => {
      const victim = await signIn('evaluator');
      const admin = await adminToken();
      const changed = await post(
        'mutation($id: ID!) { setUserAccess(input: { userId: $id, role: leader, regionCode: "652300" }) { role regionCode openSessions } }',
        { id: await userId('evaluator') },
        { token: admin },
      );
      expect(changed.data).toEqual({ setUserAccess: { role: 'leader', regionCode: '652300', openSessions: 0 } });
      expect((await post(ME, {}, { token: victim.token })).errors?.[0]?.extensions?.reason).toBe('sessionEnded');
      const relogin = await signIn('evaluator');
      expect((await post<{ refreshSession: { user: { role: string } } }>(REFRESH, {}, { cookie: relogin.cookie })).data?.refreshSession.user.role).toBe('leader');
    });

    it('a password reset stops the old token and forces a change before anything else', async () => {
      const victim = await signIn('edu-staff');
      const admin = await adminToken();
      const reset = await post<{ resetUserPassword: { mustChangePassword: boolean } }>(
        'mutation($id: ID!) { resetUserPassword(input: { userId: $id, password: "Temporary-pass-123" }) { mustChangePassword } }',
        { id: await userId('edu-staff') },
        { token: admin },
      );
      expect(reset.data?.resetUserPassword.mustChangePassword).toBe(true);
      expect((await post(ME, {}, { token: victim.token })).errors?.[0]?.extensions?.reason).toBe('sessionEnded');
      expect((await post(LOGIN, { u: 'edu-staff', p: DEMO_PASSWORD })).errors?.[0]?.extensions?.reason).toBe('invalidCredentials');

      const temporary = await post<{ login: { accessToken: string; user: { mustChangePassword: boolean } } }>(LOGIN, { u: 'edu-staff', p: 'Temporary-pass-123' });
      expect(temporary.data?.login.user.mustChangePassword).toBe(true);
      const token = temporary.data?.login.accessToken ?? '';
      const blocked = await post('{ projects { totalCount } }', {}, { token });
      expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'passwordChangeRequired' });
      expect((await post<{ me: { username: string } }>(ME, {}, { token })).data?.me.username).toBe('edu-staff');

      const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) { accessToken user { mustChangePassword } } }';
      const wrong = await post(CHANGE, { c: 'not-the-password', n: 'Education-bureau-2026' }, { token });
      expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.currentPassword', reason: 'wrongPassword' });
      const weak = await post(CHANGE, { c: 'Temporary-pass-123', n: 'password123' }, { token });
      expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.newPassword', reason: 'common' });
      expect(weak.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);

      const changed = await post<{ changePassword: { accessToken: string; user: { mustChangePassword: boolean } } }>(
        CHANGE,
        { c: 'Temporary-pass-123', n: 'Education-bureau-2026' },
        { token },
      );
      expect(changed.data?.changePassword.user.mustChangePassword).toBe(false);
      expect(changed.cookie).toMatch(/^[\w-]{43}$/);
      // The token of before the change is dead; the one answered works for everything.
      expect((await post(ME, {}, { token })).errors?.[0]?.extensions?.reason).toBe('sessionEnded');
      const fresh = await post<{ projects: { totalCount: number } }>('{ projects { totalCount } }', {}, { token: changed.data?.changePassword.accessToken ?? '' });
      expect(fresh.errors).toBeUndefined();
    });

    it('an administrator lists a user\'s sessions and ends one', async () => {
      const browser = await signIn('leader');
      const admin = await adminToken();
      const id = await userId('leader');
      const listed = await post<{ userSessions: { id: string; open: boolean; endReason: string | null }[] }>(
        'query($id: ID!) { userSessions(userId: $id) { id open endReason } }',
        { id },
        { token: admin },
      );
      const open = listed.data?.userSessions.filter((s) => s.open) ?? [];
      expect(open.length).toBeGreaterThan(0);
      for (const session of open) {
        const ended = await post<{ endUserSession: boolean }>('mutation($id: ID!) { endUserSession(sessionId: $id) }', { id: session.id }, { token: admin });
        expect(ended.data?.endUserSession).toBe(true);
      }
      expect((await post(ME, {}, { token: browser.token })).errors?.[0]?.extensions?.reason).toBe('sessionEnded');
      const after = await post<{ userSessions: { open: boolean; endReason: string | null }[] }>('query($id: ID!) { userSessions(userId: $id) { open endReason } }', { id }, { token: admin });
      expect(after.data?.userSessions.some((s) => s.open)).toBe(false);
      expect(after.data?.userSessions.map((s) => s.endReason)).toContain('ended');
    });
  });
});
