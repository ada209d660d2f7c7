import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { units, users } from '../src/database/schema/index.js';
import { DEMO_PASSWORD } from '../src/demo/demo-users.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) {
  username displayName role unitId unitName regionCode disabled mustChangePassword openSessions } }`;
const LOGIN = 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { accessToken user { username role mustChangePassword } } }';

describe('user accounts', () => {
  let app: TestApp;
  let admin: string;
  let zfwUnit: string;

  beforeAll(async () => {
    app = await startTestApp({ demoProjects: 2, env: { ACCOUNT_LOCKOUT_THRESHOLD: '3' } });
    admin = await app.login('admin');
    const [unit] = await app.db().select({ id: units.id }).from(units).where(eq(units.name, '昌吉州党委政法委'));
    zfwUnit = unit?.id ?? '';
  });
  afterAll(() => app.close());

  it('an administrator creates a unit staff account that must change its password at first sign-in', async () => {
    const input = { username: 'wang.fang', displayName: '王芳', role: 'unitStaff', unitId: zfwUnit, password: 'First-password-2026' };
    const created = await app.gql(CREATE, { input }, admin);
    expect(created.errors).toBeUndefined();
    expect(created.data?.createUser).toEqual({
      username: 'wang.fang', displayName: '王芳', role: 'unitStaff', unitId: zfwUnit, unitName: '昌吉州党委政法委',
      regionCode: null, disabled: false, mustChangePassword: true, openSessions: 0,
    });
    const login = await app.gql<{ login: { user: Record<string, unknown> } }>(LOGIN, { u: 'wang.fang', p: 'First-password-2026' });
    expect(login.data?.login.user).toEqual({ username: 'wang.fang', role: 'unitStaff', mustChangePassword: true });
    const listed = await app.gql<{ users: { username: string }[] }>('{ users { username } }', {}, admin);
    expect(listed.data?.users.map((u) => u.username)).toContain('wang.fang');
  });

  it('refuses weak passwords, bad usernames and scopes that do not fit the role, naming the field in Chinese', async () => {
    const base = { username: 'li.na', displayName: '李娜', role: 'leader', regionCode: '652300', password: 'Leader-password-2026' };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ password: 'short' }, 'input.password', 'tooShort'],
      [{ password: 'li.na-2026-pass' }, 'input.password', 'containsUsername'],
      [{ password: 'iloveyou123' }, 'input.password', 'common'],
      [{ username: 'x' }, 'input.username', 'invalid'],
      [{ username: 'admin' }, 'input.username', 'taken'],
      [{ displayName: '  ' }, 'input.displayName', 'empty'],
      [{ regionCode: undefined }, 'input.regionCode', 'required'],
      [{ regionCode: '999900' }, 'input.regionCode', 'notFound'],
      [{ regionCode: '65' }, 'input.regionCode', 'notARegionCode'],
      [{ unitId: zfwUnit }, 'input.unitId', 'notAllowed'],
      [{ role: 'unitStaff', regionCode: undefined }, 'input.unitId', 'required'],
      [{ role: 'unitStaff', regionCode: undefined, unitId: 'not-a-uuid' }, 'input.unitId', 'notAnId'],
      [{ role: 'evaluator' }, 'input.regionCode', 'notAllowed'],
    ];
    for (const [change, field, reason] of cases) {
      const result = await app.gql(CREATE, { input: { ...base, ...change } }, admin);
      expect(result.errors?.[0]?.extensions, JSON.stringify(change)).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
      expect(result.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const [none] = await app.db().select({ id: users.id }).from(users).where(eq(users.username, 'li.na'));
    expect(none).toBeUndefined();
  });

  it('lets nobody but an administrator manage users: unit staff, leaders and reviewers cannot create anyone, least of all an admin', async () => {
    const input = { username: 'sneaky', displayName: '越权', role: 'admin', password: 'Sneaky-password-2026' };
    for (const username of ['zfw-staff', 'leader', 'finance', 'evaluator']) {
      const token = await app.login(username);
      const created = await app.gql(CREATE, { input }, token);
      expect(created.errors?.[0]?.extensions?.code, username).toBe('FORBIDDEN');
      const staff = await app.gql(CREATE, { input: { ...input, role: 'unitStaff', unitId: zfwUnit } }, token);
      expect(staff.errors?.[0]?.extensions?.code, username).toBe('FORBIDDEN');
      expect((await app.gql('{ users { username } }', {}, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await app.gql(CREATE, { input });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const [none] = await app.db().select({ id: users.id }).from(users).where(eq(users.username, 'sneaky'));
    expect(none).toBeUndefined();
  });

  it('keeps the caller an administrator: an admin cannot disable or demote themselves', async () => {
    const [me] = await app.db().select({ id: users.id }).from(users).where(eq(users.username, 'admin'));
    const disable = await app.gql('mutation($id: ID!) { setUserDisabled(userId: $id, disabled: true) { disabled } }', { id: me?.id }, admin);
    expect(disable.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const demote = await app.gql('mutation($id: ID!) { setUserAccess(input: { userId: $id, role: financeReviewer }) { role } }', { id: me?.id }, admin);
    expect(demote.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql<{ me: { username: string } }>('{ me { username } }', {}, admin)).data?.me.username).toBe('admin');
  });

  it('locks an account after repeated failures, doubling the wait, and counts from zero after a success', async () => {
    const attempt = (password: string) => app.gql(LOGIN, { u: 'leader-fukang', p: password });
    for (let i = 0; i < 2; i += 1) expect((await attempt('wrong-password')).errors?.[0]?.extensions?.reason).toBe('invalidCredentials');
    // The third failure locks (threshold 3 here): even the right password is not checked now.
    expect((await attempt('wrong-password')).errors?.[0]?.extensions?.reason).toBe('invalidCredentials');
    const locked = await attempt(DEMO_PASSWORD);
    expect(locked.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'accountLocked' });
    expect(locked.errors?.[0]?.message).toMatch(/已暂时锁定，请在 (2\d|30) 秒后重试/);

    // The lock runs out; one more failure locks again, for twice as long.
    await app.db().update(users).set({ lockedUntil: sql`now() - interval '1 second'` }).where(eq(users.username, 'leader-fukang'));
    await attempt('wrong-password');
    const longer = await attempt(DEMO_PASSWORD);
    expect(longer.errors?.[0]?.message).toMatch(/请在 (5\d|60) 秒后重试/);

    await app.db().update(users).set({ lockedUntil: sql`now() - interval '1 second'` }).where(eq(users.username, 'leader-fukang'));
    expect((await attempt(DEMO_PASSWORD)).errors).toBeUndefined();
    const [row] = await app.db().select({ failedLogins: users.failedLogins }).from(users).where(eq(users.username, 'leader-fukang'));
    expect(row?.failedLogins).toBe(0);
  });

  it('answers two simultaneous creations of one username with one account and one BAD_USER_INPUT, never an internal error', async () => {
    const input = { username: 'twice', displayName: '重复', role: 'evaluator', password: 'Evaluator-pass-2026' };
    const answers = await Promise.all([app.gql(CREATE, { input }, admin), app.gql(CREATE, { input }, admin)]);
    expect(answers.filter((a) => a.errors === undefined)).toHaveLength(1);
    expect(answers.flatMap((a) => a.errors ?? []).map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.username', reason: 'taken' })]);
  });

  it('tells the login page that demo users exist (development with demo data)', async () => {
    const options = await app.gql<{ signInOptions: { demoUsers: boolean } }>('{ signInOptions { demoUsers } }');
    expect(options.data?.signInOptions.demoUsers).toBe(true);
  });
});
