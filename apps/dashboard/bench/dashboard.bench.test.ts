import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { graphql } from '../e2e/api-client';
import { DASHBOARD_ROOT, buildAll, startApi, type RunningApi } from '../e2e/api-server';
import { launchBrowser } from '../e2e/browser';
import { bundleSizes } from './bundle-size';
import { PHONE, SLOW_4G, slowPhonePage } from './throttling';

const SIZE_TARGET_KB = 350;
const CHARTS_TARGET_MS = 1500;
const PHONE_CHARTS_TARGET_MS = 3500;
const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHARTS_DRAWN = 'jixiao:overview-charts-drawn';
const LOGIN = 'mutation { login(input: { username: "leader", password: "jixiao-demo" }) { accessToken } }';

const kb = (bytes: number) => bytes / 1024;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const share = (value: number, target: number) => `${((value / target) * 100).toFixed(0)}% of ${target}`;

let api: RunningApi;
let browser: Browser;

beforeAll(async () => {
  if (process.env.BENCH_SKIP_BUILD !== '1') buildAll();
  const started = Date.now();
  // BENCH_PGLITE_DIR keeps a seeded database between runs (seeding ten thousand projects takes minutes).
  api = await startApi({ demoProjects: PROJECTS, readyTimeoutMs: 3_600_000, ...(process.env.BENCH_PGLITE_DIR ? { dataDir: process.env.BENCH_PGLITE_DIR } : {}) });
  console.log(`API ready with ${PROJECTS} demo projects after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

/**
 * A cold context (empty HTTP cache, a leader's first visit of the day) that holds a session: the
 * login sets the refresh cookie in the context's jar, and the page continues it as a reopened link would.
 */
async function signedInContext(options: Parameters<Browser['newContext']>[0]): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  const answer = await context.request.post(`${api.url}/graphql`, { headers: { 'content-type': 'application/json' }, data: { query: LOGIN } });
  if (!answer.ok()) throw new Error(`login answered ${answer.status()}`);
  return context;
}

interface Run {
  readonly chartsMs: number;
  readonly firstPaintMs: number;
  /** Compressed JS and CSS bytes (response bodies as sent) received before the charts were drawn. */
  readonly codeBytes: number;
}

async function measure(page: Page): Promise<Run> {
  await page.goto(`${api.url}/`);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, CHARTS_DRAWN, { timeout: 300_000 });
  return page.evaluate((mark) => {
    const chartsMs = performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN;
    const code = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => /\.(js|css)(\?|$)/.test(entry.name) && entry.responseEnd <= chartsMs);
    return {
      chartsMs,
      firstPaintMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      codeBytes: code.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
    };
  }, CHARTS_DRAWN);
}

it('compressed JavaScript and CSS before the first chart, against the 350 KB target', () => {
  const sizes = bundleSizes(join(DASHBOARD_ROOT, 'dist'));
  console.log(
    [
      `before the first chart (entry + layout + overview + chart panel with ECharts, JS + CSS, brotli as served): ${kb(sizes.total).toFixed(1)} KB — ${share(kb(sizes.total), SIZE_TARGET_KB)} KB`,
      ...[...sizes.beforeFirstChart].sort((a, b) => b.brotli - a.brotli).map((file) => `  ${kb(file.brotli).toFixed(1).padStart(7)} KB  ${file.file}`),
    ].join('\n'),
  );
  expect(sizes.total).toBeGreaterThan(0);
});

it(`time until the overview's charts are drawn with ${PROJECTS} projects on a desktop, against 1.5 s`, async () => {
  const { projects } = await graphql<{ projects: { totalCount: number } }>(api.url, '{ projects(first: 1) { totalCount } }', {}, (await graphql<{ login: { accessToken: string } }>(api.url, LOGIN)).login.accessToken);
  const runs: Run[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await signedInContext({ viewport: { width: 1920, height: 1080 } });
    runs.push(await measure(await context.newPage()));
    await context.close();
  }
  const m = median(runs.map((r) => r.chartsMs));
  console.log(
    [
      `desktop, overview charts drawn (navigation start → first frame of every overview chart), ${projects.totalCount} projects readable, ${RUNS} cold runs:`,
      `  runs: ${runs.map((r) => `${r.chartsMs.toFixed(0)} ms`).join(', ')}`,
      `  median ${m.toFixed(0)} ms — ${share(m, CHARTS_TARGET_MS)} ms`,
    ].join('\n'),
  );
  expect(runs.every((r) => Number.isFinite(r.chartsMs))).toBe(true);
});

it('time until the overview\'s charts are drawn on a slow-4G phone, against 3.5 s', async () => {
  const runs: Run[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await signedInContext(PHONE);
    runs.push(await measure(await slowPhonePage(context)));
    await context.close();
  }
  const charts = median(runs.map((r) => r.chartsMs));
  console.log(
    [
      `phone 390×844 on slow 4G (${SLOW_4G.latency} ms RTT, ${((SLOW_4G.downloadThroughput * 8) / 1024 / 1024).toFixed(1)} Mbit/s down, CPU ×${SLOW_4G.cpuSlowdown}), ${RUNS} cold runs:`,
      `  charts drawn: ${runs.map((r) => `${r.chartsMs.toFixed(0)} ms`).join(', ')}`,
      `  median ${charts.toFixed(0)} ms — ${share(charts, PHONE_CHARTS_TARGET_MS)} ms`,
      `  first contentful paint, median ${median(runs.map((r) => r.firstPaintMs)).toFixed(0)} ms`,
      `  compressed JS + CSS received before the charts were drawn, median ${kb(median(runs.map((r) => r.codeBytes))).toFixed(1)} KB — ${share(kb(median(runs.map((r) => r.codeBytes))), SIZE_TARGET_KB)} KB`,
    ].join('\n'),
  );
  expect(runs.every((r) => Number.isFinite(r.chartsMs) && r.codeBytes > 0)).toBe(true);
});
