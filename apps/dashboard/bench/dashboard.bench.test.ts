import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { graphql } from '../e2e/api-client';
import { DASHBOARD_ROOT, buildAll, startApi, type RunningApi } from '../e2e/api-server';
import { launchBrowser } from '../e2e/browser';
import { bundleSizes } from './bundle-size';

const SIZE_TARGET_KB = 350;
const CHARTS_TARGET_MS = 1500;
const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const kb = (bytes: number) => bytes / 1024;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

let api: RunningApi;

beforeAll(async () => {
  if (process.env.BENCH_SKIP_BUILD !== '1') buildAll();
  const started = Date.now();
  // BENCH_PGLITE_DIR keeps a seeded database between runs (seeding ten thousand projects takes minutes).
  api = await startApi({ demoProjects: PROJECTS, readyTimeoutMs: 3_600_000, ...(process.env.BENCH_PGLITE_DIR ? { dataDir: process.env.BENCH_PGLITE_DIR } : {}) });
  console.log(`API ready with ${PROJECTS} demo projects after ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
afterAll(async () => {
  await api?.stop();
});

it('initial-route JavaScript (gzip) against the 350 KB target', () => {
  const sizes = bundleSizes(join(DASHBOARD_ROOT, 'dist'));
  const total = sizes.initialRouteGzip + sizes.chartsGzip;
  console.log(
    [
      `initial route JS (entry + layout + overview, gzip): ${kb(sizes.initialRouteGzip).toFixed(1)} KB — ${((kb(sizes.initialRouteGzip) / SIZE_TARGET_KB) * 100).toFixed(0)}% of ${SIZE_TARGET_KB} KB`,
      `charts chunk loaded after it (chart panel + ECharts, gzip): ${kb(sizes.chartsGzip).toFixed(1)} KB`,
      `all JS until the overview's charts are drawn: ${kb(total).toFixed(1)} KB — ${((kb(total) / SIZE_TARGET_KB) * 100).toFixed(0)}% of ${SIZE_TARGET_KB} KB`,
    ].join('\n'),
  );
  expect(sizes.initialRouteGzip).toBeGreaterThan(0);
});

it(`time until the overview's charts are drawn with ${PROJECTS} projects, against 1.5 s`, async () => {
  const { login } = await graphql<{ login: { accessToken: string; expiresAt: string; user: Record<string, unknown> } }>(
    api.url,
    'mutation { login(input: { username: "leader", password: "jixiao-demo" }) { accessToken expiresAt user { id username displayName role unitId regionCode } } }',
  );
  const { projects } = await graphql<{ projects: { totalCount: number } }>(api.url, '{ projects(first: 1) { totalCount } }', {}, login.accessToken);
  const browser = await launchBrowser();
  const times: number[] = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      // A new context each run: cold HTTP cache, as a leader's first visit of the day.
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
      await context.addInitScript((session) => sessionStorage.setItem('jixiao.session', session), JSON.stringify(login));
      const page = await context.newPage();
      await page.goto(`${api.url}/`);
      await page.waitForFunction(() => performance.getEntriesByName('jixiao:overview-charts-drawn').length > 0, undefined, { timeout: 120_000 });
      times.push(await page.evaluate(() => performance.getEntriesByName('jixiao:overview-charts-drawn')[0]?.startTime ?? Number.NaN));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const m = median(times);
  console.log(
    [
      `overview charts drawn (navigation start → first frame of every overview chart), ${projects.totalCount} projects readable, ${RUNS} cold runs:`,
      `  runs: ${times.map((t) => `${t.toFixed(0)} ms`).join(', ')}`,
      `  median ${m.toFixed(0)} ms — ${((m / CHARTS_TARGET_MS) * 100).toFixed(0)}% of the ${CHARTS_TARGET_MS} ms target`,
    ].join('\n'),
  );
  expect(times.every(Number.isFinite)).toBe(true);
});
