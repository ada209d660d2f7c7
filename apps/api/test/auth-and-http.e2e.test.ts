import { readFile } from 'node:fs/promises';
import { like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processedWebhookEvents } from '../src/database/schema/index.js';
import { schemaText } from '../src/graphql/print-schema.js';
import { DEMO_PASSWORD } from '../src/demo/demo-users.js';
import { startTestApp, TEST_BOT_TOKEN, type TestApp } from './support/test-app.js';

const LOGIN = 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { accessToken expiresAt user { username role unitId regionCode } } }';

describe('authentication and the HTTP surface', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ demoProjects: 4, env: { LOGIN_RATE_LIMIT: '6' } });
  });
  afterAll(() => app.close());

  it('serves the schema that is committed', async () => {
    const committed = await readFile(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(schemaText(app.schema())).toBe(committed);
  });

  it('logs a demo user in with a short-lived token', async () => {
    const result = await app.gql<{ login: { accessToken: string; expiresAt: string; user: Record<string, unknown> } }>(LOGIN, {
      u: 'leader',
      p: DEMO_PASSWORD,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.login.user).toEqual({ username: 'leader', role: 'leader', unitId: null, regionCode: '652300' });
    const lifetime = Date.parse(result.data?.login.expiresAt ?? '') - Date.now();
    expect(lifetime).toBeGreaterThan(0);
    expect(lifetime).toBeLessThanOrEqual(15 * 60 * 1000);
    const me = await app.gql<{ me: { username: string } }>('{ me { username } }', {}, result.data?.login.accessToken);
    expect(me.data?.me.username).toBe('leader');
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    for (const [u, p] of [['leader', 'wrong-password'], ['nobody', DEMO_PASSWORD]]) {
      const result = await app.gql(LOGIN, { u, p });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'invalidCredentials' });
      expect(result.errors?.[0]?.message).toBe('用户名或密码错误');
    }
  });

  it('answers bad login input with the field and reason', async () => {
    const result = await app.gql(LOGIN, { u: '  ', p: 'x' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.username', reason: 'empty' });
  });

  it('refuses a forged or expired token', async () => {
    const token = await app.login('admin');
    const forged = `${token.slice(0, -4)}AAAA`;
    const result = await app.gql('{ me { username } }', {}, forged);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'invalidToken' });
    expect(result.data).toBeNull();
  });

  it('requires a sign-in for every query but login', async () => {
    const result = await app.gql('{ projects { totalCount } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets the bot act for a linked chat user, and no one else', async () => {
    const asBot = (chatUser?: string, token = TEST_BOT_TOKEN) => ({
      'x-jixiao-service-token': token,
      ...(chatUser ? { 'x-jixiao-chat-user': chatUser } : {}),
    });
    const linked = await app.gql<{ me: { username: string } }>('{ me { username } }', {}, asBot('console:zfw-staff'));
    expect(linked.data?.me.username).toBe('zfw-staff');
    const unlinked = await app.gql('{ projects { totalCount } }', {}, asBot('dingtalk:stranger'));
    expect(unlinked.errors?.[0]?.extensions?.code).toBe('UNMAPPED_CHAT_USER');
    expect(unlinked.data).toBeNull();
    const wrongToken = await app.gql('{ me { username } }', {}, asBot('console:zfw-staff', 'guess'));
    expect(wrongToken.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'invalidServiceToken' });
  });

  it('dedupes webhook events for the bot across calls', async () => {
    const mark = 'mutation { markWebhookEventProcessed(platform: "dingtalk", eventId: "evt-1") }';
    const bot = { 'x-jixiao-service-token': TEST_BOT_TOKEN };
    expect((await app.gql<{ markWebhookEventProcessed: boolean }>(mark, {}, bot)).data?.markWebhookEventProcessed).toBe(true);
    expect((await app.gql<{ markWebhookEventProcessed: boolean }>(mark, {}, bot)).data?.markWebhookEventProcessed).toBe(false);
    const asUser = await app.gql(mark, {}, await app.login('admin'));
    expect(asUser.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('forgets webhook events older than eight hours as new ones arrive', async () => {
    const db = app.db();
    await db.execute(sql`insert into processed_webhook_events (platform, event_id, received_at)
      select 'feishu', 'old-' || i, now() - interval '9 hours' from generate_series(1, 150) as i`);
    await db.execute(sql`insert into processed_webhook_events (platform, event_id, received_at) values ('feishu', 'recent', now() - interval '7 hours')`);
    const count = async (pattern: string) =>
      (await db.select({ n: sql<number>`count(*)::int` }).from(processedWebhookEvents).where(like(processedWebhookEvents.eventId, pattern)))[0]?.n;
    const bot = { 'x-jixiao-service-token': TEST_BOT_TOKEN };
    const mark = (id: string) => app.gql(`mutation { markWebhookEventProcessed(platform: "feishu", eventId: "${id}") }`, {}, bot);
    await mark('new-1');
    expect(await count('old-%')).toBe(50); // a bounded batch per new event
    await mark('new-1'); // a retry deletes nothing
    expect(await count('old-%')).toBe(50);
    await mark('new-2');
    expect(await count('old-%')).toBe(0);
    expect(await count('recent')).toBe(1);
    expect(await count('new-%')).toBe(2);
    // A forgotten id counts as new again: the window is far past any platform's retries.
    expect((await mark('old-1')).data).toEqual({ markWebhookEventProcessed: true });
  });

  it('accepts POST only with a JSON content type (CSRF)', async () => {
    const body = JSON.stringify({ query: '{ regions { code } }' });
    const form = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body });
    expect(form.status).toBe(415);
    const urlencoded = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    expect(urlencoded.status).toBe(415);
  });

  it('refuses mutations over GET', async () => {
    const query = encodeURIComponent('mutation { login(input: { username: "admin", password: "x" }) { accessToken } }');
    const response = await fetch(`${app.url}?query=${query}`);
    expect(response.status).toBe(405);
  });

  it('limits the body size', async () => {
    const body = JSON.stringify({ query: `{ regions { code } } #${'x'.repeat(3 * 1024 * 1024)}` });
    const response = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(413);
  });

  it('refuses queries that are too costly', async () => {
    const token = await app.login('admin');
    const heavy = `{ ${Array.from({ length: 25 }, (_, i) => `p${i}: projects(first: 100) { nodes { indicators { name } scoreCard { totalScore } auditFindings { code } } }`).join(' ')} }`;
    const result = await app.gql(heavy, {}, token);
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('limits login attempts per client address', async () => {
    const attempts = [];
    for (let i = 0; i < 8; i += 1) attempts.push(await app.gql(LOGIN, { u: 'admin', p: 'wrong' }));
    expect(attempts.at(-1)?.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});

describe('production mode', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ demoProjects: 0, env: { NODE_ENV: 'production' } });
  });
  afterAll(() => app.close());

  it('refuses introspection', async () => {
    const result = await app.gql('{ __schema { types { name } } }');
    expect(result.errors?.[0]?.message).toContain('introspection');
  });

  it('serves no GraphiQL', async () => {
    const response = await fetch(app.url.replace('/graphql', '/graphiql'));
    expect(response.status).toBe(404);
  });
});
