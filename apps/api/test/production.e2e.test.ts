import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projects, users } from '../src/database/schema/index.js';
import { DEMO_PASSWORD } from '../src/demo/demo-users.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('production (NODE_ENV=production, DEMO_DATA not set)', () => {
  let app: TestApp;

  beforeAll(async () => {
    // DEMO_DATA empty is DEMO_DATA unset: the default, which used to seed the demo users.
    app = await startTestApp({ env: { NODE_ENV: 'production', DEMO_DATA: '' } });
  });
  afterAll(() => app.close());

  it('seeds no demo users and no demo data', async () => {
    const [people] = await app.db().select({ n: count() }).from(users);
    const [rows] = await app.db().select({ n: count() }).from(projects);
    expect([people?.n, rows?.n]).toEqual([0, 0]);
  });

  it('refuses admin / jixiao-demo', async () => {
    const login = await app.gql('mutation($p: String!) { login(input: { username: "admin", password: $p }) { accessToken } }', { p: DEMO_PASSWORD });
    expect(login.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'invalidCredentials' });
    expect(login.data).toBeNull();
  });

  it('tells the login page there are no demo users', async () => {
    const options = await app.gql<{ signInOptions: { demoUsers: boolean } }>('{ signInOptions { demoUsers } }');
    expect(options.data?.signInOptions.demoUsers).toBe(false);
  });
});
