import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DASHBOARD_ROOT } from './api-server';

/** Debian's Chromium in a container: these flags (../shared/stack-notes.md); no --user-data-dir. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SCREENSHOTS = join(DASHBOARD_ROOT, 'e2e/screenshots');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface WatchedPage {
  readonly page: Page;
  /** Console errors and uncaught exceptions seen so far: a view that logs one fails its test. */
  readonly errors: string[];
}

export async function openPage(browser: Browser, viewport = { width: 1366, height: 768 }): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

export async function signIn(page: Page, baseUrl: string, username: string, password = 'jixiao-demo'): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', password);
  await page.click('[data-action=login]');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // From the top (the header is sticky), after ECharts' entry animation (1 s) has finished.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(1200);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Every chart canvas on the page has been given a size and painted something. */
export async function chartsDrawn(page: Page): Promise<{ count: number; sizes: { width: number; height: number }[] }> {
  await page.waitForSelector('[data-chart] canvas');
  return page.$$eval('[data-chart] canvas', (canvases) => ({
    count: canvases.length,
    sizes: canvases.map((canvas) => ({ width: canvas.getBoundingClientRect().width, height: canvas.getBoundingClientRect().height })),
  }));
}
