import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { and, count, eq, sql } from 'drizzle-orm';
import { Clock } from '../common/clock.js';
import { API_ROOT, loadConfig } from '../config/app-config.js';
import { connectDatabase } from '../database/connect.js';
import { projects } from '../database/schema/index.js';
import { seedDemoData } from '../demo/demo-seeder.service.js';
import { DEMO_PASSWORD } from '../demo/demo-users.js';
import { OVERVIEW_QUERY, PROJECT_DETAIL_QUERY, sameJson } from './bench-documents.js';
import { cannon, percentile } from './cannon.js';
import { loadRun, printLoadReport, type LoadReport } from './load-run.js';

/**
 * `pnpm bench` for the API: with BENCH_PROJECTS (100,000) synthetic projects in the PostgreSQL of
 * DATABASE_URL, p50/p95 latency and throughput of the project detail and of the dashboard
 * overview through GraphQL, each beside the floor (floor-server.ts: the same work without Nest
 * and GraphQL). Targets (issue 3): detail ≥ 70% of the floor's throughput; overview p95 ≤ 100 ms.
 * Then the load run (load-run.ts, issue 10): BENCH_LOAD_CONNECTIONS (100) clients for
 * BENCH_LOAD_DURATION (60) s on both operations, 0 errors, p99 beside the floor's, RSS before/after;
 * BENCH_LOAD_DURATION=0 leaves it out.
 */
const env = process.env;
if (!env.DATABASE_URL) {
  console.log('api bench: skipped — it needs PostgreSQL; set DATABASE_URL (see apps/api/README.md).');
  process.exit(0);
}
const PROJECTS = Number(env.BENCH_PROJECTS ?? 100_000);
const DURATION = Number(env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 10);
const LOAD_CONNECTIONS = Number(env.BENCH_LOAD_CONNECTIONS ?? 100);
const LOAD_DURATION = Number(env.BENCH_LOAD_DURATION ?? 60);
const API_PORT = Number(env.BENCH_API_PORT ?? 3301);
const FLOOR_PORT = Number(env.BENCH_FLOOR_PORT ?? 3302);
const YEAR = 2023;

const children: ChildProcess[] = [];
try {
  const { sampleId } = await prepareData();
  const childEnv = { ...env, DEMO_DATA: 'off', NODE_ENV: 'production', JWT_SECRET: randomBytes(32).toString('hex'), LOGIN_RATE_LIMIT: '1000' };
  const apiProcess = fork(`${API_ROOT}dist/main.js`, [], { env: { ...childEnv, PORT: String(API_PORT), HOST: '127.0.0.1' }, stdio: 'ignore' });
  const floorProcess = fork(`${API_ROOT}dist/bench/floor-server.js`, [], { env: { ...childEnv, PORT: String(FLOOR_PORT) }, stdio: 'ignore' });
  children.push(apiProcess, floorProcess);
  const api = `http://127.0.0.1:${API_PORT}/graphql`;
  const floor = `http://127.0.0.1:${FLOOR_PORT}`;
  await waitFor(`${floor}/overview/${YEAR}`);
  await waitFor(api.replace('/graphql', '/'));
  const token = await login(api);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const detailBody = JSON.stringify({ query: PROJECT_DETAIL_QUERY, variables: { id: sampleId } });
  const overviewBody = JSON.stringify({ query: OVERVIEW_QUERY, variables: { year: YEAR } });

  await assertSame(await post(api, headers, detailBody), await get(`${floor}/project/${sampleId}`), 'project detail');
  await assertSame(await post(api, headers, overviewBody), await get(`${floor}/overview/${YEAR}`), 'dashboard overview');

  const apiDetail = { url: api, method: 'POST', headers, body: detailBody } as const;
  const apiOverview = { url: api, method: 'POST', headers, body: overviewBody } as const;
  const floorDetail = { url: `${floor}/project/${sampleId}` };
  const floorOverview = { url: `${floor}/overview/${YEAR}` };
  const rows = [
    { name: 'project detail — GraphQL', ...(await measure(apiDetail)) },
    { name: 'project detail — floor', ...(await measure(floorDetail)) },
    { name: 'dashboard overview — GraphQL', ...(await measure(apiOverview)) },
    { name: 'dashboard overview — floor', ...(await measure(floorOverview)) },
  ];
  const [detail, detailFloor, overview] = rows;
  const detailRatio = (detail?.rps ?? 0) / (detailFloor?.rps ?? 1);
  console.log(`\napi bench: ${PROJECTS} synthetic projects in PostgreSQL, ${CONNECTIONS} connections, ${DURATION} s each`);
  console.table(rows.map((r) => ({ operation: r.name, 'req/s': r.rps.toFixed(0), 'p50 ms': r.p50.toFixed(1), 'p95 ms': r.p95.toFixed(1), errors: r.errors })));
  console.log(`project detail: ${(detailRatio * 100).toFixed(0)}% of the floor's throughput (target ≥ 70%) — ${detailRatio >= 0.7 ? 'met' : 'NOT met'}`);
  console.log(`dashboard overview: p95 ${overview?.p95.toFixed(1)} ms (target ≤ 100 ms) — ${(overview?.p95 ?? Infinity) <= 100 ? 'met' : 'NOT met'}`);
  let load: LoadReport | undefined;
  if (LOAD_DURATION > 0) {
    load = await loadRun(
      { name: 'GraphQL', pid: pidOf(apiProcess), detail: apiDetail, overview: apiOverview },
      { name: 'floor', pid: pidOf(floorProcess), detail: floorDetail, overview: floorOverview },
      LOAD_CONNECTIONS,
      LOAD_DURATION,
    );
    printLoadReport(load);
  }
  await mkdir(`${API_ROOT}../../bench-results`, { recursive: true });
  await writeFile(`${API_ROOT}../../bench-results/api.json`, JSON.stringify({ projects: PROJECTS, connections: CONNECTIONS, duration: DURATION, rows, detailRatio, load }, null, 2));
} finally {
  for (const child of children) child.kill();
}

async function prepareData(): Promise<{ sampleId: string }> {
  const config = loadConfig();
  const connection = await connectDatabase(config.database);
  try {
    const [synthetic] = await connection.db.select({ n: count() }).from(projects).where(eq(projects.synthetic, true));
    if (synthetic?.n !== PROJECTS) {
      console.log(`api bench: writing ${PROJECTS} synthetic projects (once; later runs reuse them)…`);
      await connection.db.execute(sql`truncate regions, units, users, projects, chat_user_links, processed_webhook_events, unit_year_totals, unit_year_alert_buckets, unit_year_indicator_buckets, unit_year_monthly_spending cascade`);
      await seedDemoData(connection.db, {
        projects: PROJECTS,
        today: new Clock(config).today(),
        onProgress: (done, total) => process.stderr.write(`\r${done}/${total}`),
      });
      process.stderr.write('\n');
      await connection.db.execute(sql`analyze`);
    }
    const [sample] = await connection.db
      .select({ id: projects.id })
      .from(projects)
      .where(and(eq(projects.synthetic, false), eq(projects.name, '综治工作经费')));
    if (!sample) throw new Error('the sample project is missing from the bench database');
    return { sampleId: sample.id };
  } finally {
    await connection.close();
  }
}

async function measure(options: { url: string; method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string }) {
  // Warm up (JIT, connection pools), then measure.
  await cannon({ ...options, connections: CONNECTIONS, duration: 2 });
  const { rps, latencies, errors } = await cannon({ ...options, connections: CONNECTIONS, duration: DURATION });
  return { rps, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), errors };
}

function pidOf(child: ChildProcess): number {
  if (child.pid === undefined) throw new Error('a bench server did not start');
  return child.pid;
}

async function login(url: string): Promise<string> {
  const body = JSON.stringify({ query: `mutation { login(input: { username: "admin", password: "${DEMO_PASSWORD}" }) { accessToken } }` });
  const result = (await post(url, { 'content-type': 'application/json' }, body)) as { data?: { login?: { accessToken?: string } } };
  const token = result.data?.login?.accessToken;
  if (!token) throw new Error(`bench login failed: ${JSON.stringify(result)}`);
  return token;
}

async function post(url: string, headers: Record<string, string>, body: string): Promise<unknown> {
  return (await fetch(url, { method: 'POST', headers, body })).json();
}

async function get(url: string): Promise<unknown> {
  return (await fetch(url)).json();
}

async function assertSame(graphql: unknown, floor: unknown, what: string): Promise<void> {
  if (!sameJson(graphql, floor)) throw new Error(`the floor answers other JSON than the API for the ${what}`);
}

async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`${url} did not come up`);
}
