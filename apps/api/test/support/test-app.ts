import 'reflect-metadata';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { GraphQLSchema } from 'graphql';
import pg from 'pg';
import { formatIsoDate } from '@jixiao/core';
import { randomBytes } from 'node:crypto';
import { createApp } from '../../src/bootstrap/create-app.js';
import { loadConfig, type AppConfig, type DatabaseConfig } from '../../src/config/app-config.js';
import { DB, type Db } from '../../src/database/database.types.js';
import { DEMO_PASSWORD } from '../../src/demo/demo-users.js';
import { demoYears } from '../../src/demo/demo-years.js';

export const TEST_BOT_TOKEN = 'test-bot-service-token';

/**
 * Today in every test app (JIXIAO_TODAY): the demo set follows it, so its current year is in
 * progress at 30 September (序时进度 75%). Tests read the demo's years from {@link TEST_YEARS},
 * never as literals, so that moving this date moves nothing else.
 */
export const TEST_TODAY = { year: 2026, month: 9, day: 30 } as const;
const [before, closed, current] = demoYears(TEST_TODAY);
/** The demo's fiscal years at {@link TEST_TODAY}: the year before last, last year (closed), this year (in progress). */
export const TEST_YEARS = { before: before.fiscalYear, closed: closed.fiscalYear, current: current.fiscalYear } as const;

export interface GraphQLResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly data: T | null | undefined;
  readonly errors: readonly { message: string; path?: readonly string[]; extensions?: Record<string, unknown> }[] | undefined;
}

export interface TestApp {
  readonly url: string;
  /** The server's root (`http://127.0.0.1:port`), for the plain HTTP routes. */
  readonly baseUrl: string;
  readonly config: AppConfig;
  /** The schema the running app serves. */
  schema(): GraphQLSchema;
  /** The app's database, to arrange what the API cannot (e.g. rows of another age). */
  db(): Db;
  /** A provider of the running app (e.g. to run a background job now). */
  service<T>(type: abstract new (...args: never[]) => T): T;
  /** POSTs an operation as JSON, with a bearer token or other headers. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, auth?: string | Record<string, string>): Promise<GraphQLResponse<T>>;
  /** Like {@link gql} without a socket (Fastify's inject), for tests that send thousands of operations. */
  inject<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** Logs a demo user in and answers the access token. */
  login(username: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Synthetic demo projects to seed (the sample is always imported); 0 disables demo data entirely. */
  readonly demoProjects?: number;
  readonly env?: Record<string, string>;
  /** A database of the test's own (e.g. a PGlite folder a command wrote) instead of a fresh one. */
  readonly database?: DatabaseConfig;
}

/**
 * Boots the whole API on a loopback port: in-memory PGlite, or a fresh database on the PostgreSQL
 * server of `DATABASE_URL` (created for the file and dropped afterwards), so the same suite runs
 * against both. One app per test file: PGlite's start costs seconds.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const { database, dispose } = options.database ? { database: options.database, dispose: async () => undefined } : await testDatabase();
  const demoProjects = options.demoProjects ?? 40;
  const config: AppConfig = {
    ...loadConfig({
      NODE_ENV: 'test',
      JWT_SECRET: 'test-secret-test-secret-test-secret!',
      BOT_SERVICE_TOKEN: TEST_BOT_TOKEN,
      JIXIAO_TODAY: formatIsoDate(TEST_TODAY),
      LOGIN_RATE_LIMIT: '1000',
      DEMO_PROJECTS: String(demoProjects),
      DEMO_DATA: demoProjects === 0 ? 'off' : 'on',
      DASHBOARD_DIST: '/nonexistent',
      ...options.env,
    }),
    database,
  };
  const app: NestFastifyApplication = await createApp(config, { logLevels: ['error'] });
  await app.listen(0, '127.0.0.1');
  const baseUrl = await app.getUrl();
  const url = `${baseUrl}/graphql`;

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, auth?: string | Record<string, string>): Promise<GraphQLResponse<T>> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (typeof auth === 'string') headers.authorization = `Bearer ${auth}`;
    else if (auth) Object.assign(headers, auth);
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: T | null; errors?: GraphQLResponse['errors'] };
    return { status: response.status, data: body.data, errors: body.errors };
  };

  const tokens = new Map<string, string>();
  return {
    url,
    baseUrl,
    config,
    gql,
    async inject<T>(query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<GraphQLResponse<T>> {
      const response = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', ...headers },
        payload: JSON.stringify({ query, variables }),
      });
      const body = response.json<{ data?: T | null; errors?: GraphQLResponse['errors'] }>();
      return { status: response.statusCode, data: body.data, errors: body.errors };
    },
    schema: () => app.get(GraphQLSchemaHost).schema,
    db: () => app.get<symbol, Db>(DB),
    service: (type) => app.get(type),
    async login(username) {
      const cached = tokens.get(username);
      if (cached) return cached;
      const result = await gql<{ login: { accessToken: string } }>(
        'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { accessToken } }',
        { u: username, p: DEMO_PASSWORD },
      );
      const token = result.data?.login.accessToken;
      if (!token) throw new Error(`login of ${username} failed: ${JSON.stringify(result.errors)}`);
      tokens.set(username, token);
      return token;
    },
    async close() {
      await app.close();
      await dispose();
    },
  };
}

async function testDatabase(): Promise<{ database: DatabaseConfig; dispose: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return { database: { kind: 'pglite', dataDir: undefined }, dispose: async () => undefined };
  const name = `jixiao_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    database: { kind: 'postgres', url: url.toString(), poolSize: 5 },
    dispose: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      // pg's pool.end() resolves before its sockets have closed: wait for the app's sessions to go,
      // or the forced drop kills one mid-goodbye and its client raises an unhandled FATAL 57P01.
      for (let attempt = 0; attempt < 100; attempt += 1) {
        const { rows } = await client.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
        if ((rows[0]?.n ?? 0) === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
