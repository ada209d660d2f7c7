import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql, login } from './api-client';
import { seriousViolations, type AxeFinding } from './axe';
import { launchBrowser, openPage, screenshot, signIn } from './browser';
import { routerPages, type RouterPage } from './router-pages';

const baseUrl = inject('baseUrl');
/** A phone (where work-chat links open), a laptop and a wall screen. */
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

let browser: Browser;
let samples: Record<string, string>;

beforeAll(async () => {
  browser = await launchBrowser();
  const token = await login(baseUrl, 'admin');
  const { projects } = await graphql<{ projects: { nodes: { id: string }[] } }>(baseUrl, '{ projects(first: 1) { nodes { id } } }', {}, token);
  const id = projects.nodes[0]?.id;
  if (!id) throw new Error('the demo data has no project');
  // The work-chat callback page without a sign-in in progress: it explains and links back to the login.
  samples = { id, platform: 'dingtalk' };
});
afterAll(async () => {
  await browser?.close();
});

/** The page has loaded what it asks for and drawn (no request in flight, ECharts' entry animation over). */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1200);
}

/** How far the page is wider than the window (0: no sideways scrolling). */
function overflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; widest: string[] }> {
  return page.evaluate(() => {
    const innerWidth = window.innerWidth;
    // The elements that stick out, to say what to fix.
    const widest = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > innerWidth + 1 && getComputedStyle(element).position !== 'fixed')
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ').join('.')}` : ''}`);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth, widest };
  });
}

interface PageReport {
  readonly page: string;
  readonly viewport: string;
  readonly overflowPx: number;
  readonly sticksOut: string[];
  readonly axe: AxeFinding[];
}

async function visit(page: Page, target: RouterPage, viewport: (typeof VIEWPORTS)[number], who: string): Promise<PageReport> {
  await page.goto(`${baseUrl}${target.path}`);
  await settle(page);
  const size = `${viewport.width}x${viewport.height}`;
  await screenshot(page, `shell-${who}-${target.name}-${size}`);
  const { scrollWidth, innerWidth, widest } = await overflow(page);
  return { page: target.path, viewport: size, overflowPx: scrollWidth - innerWidth, sticksOut: widest, axe: await seriousViolations(page) };
}

describe('every page of the router, on a phone, a laptop and a wall screen', () => {
  it('signed in as an administrator (who may open them all): screenshots, no sideways scrolling at 390 px, no serious axe violation', async () => {
    const reports: PageReport[] = [];
    for (const viewport of VIEWPORTS) {
      const { page, errors } = await openPage(browser, viewport);
      await signIn(page, baseUrl, 'admin');
      const { signedIn } = await routerPages(page, samples);
      expect(signedIn.map((p) => p.name)).toEqual(expect.arrayContaining(['overview', 'projects', 'project-detail', 'evaluation', 'monitoring', 'import', 'users']));
      for (const target of signedIn) reports.push(await visit(page, target, viewport, 'admin'));
      expect(errors).toEqual([]);
      await page.context().close();
    }
    const problems = reports.filter((r) => (r.viewport.startsWith('390x') && r.overflowPx > 0) || r.axe.length > 0);
    expect(problems, JSON.stringify(problems, null, 2)).toEqual([]);
  }, 600_000); // every page × three widths, each with axe: minutes on a busy 2-core machine

  it('signed out: the login page on each width', async () => {
    const reports: PageReport[] = [];
    for (const viewport of VIEWPORTS) {
      const { page, errors } = await openPage(browser, viewport);
      await page.goto(`${baseUrl}/login`);
      const pages = await routerPages(page, samples);
      for (const target of pages.public) reports.push(await visit(page, target, viewport, 'public'));
      expect(errors).toEqual([]);
      await page.context().close();
    }
    expect(reports.map((r) => r.page)).toContain('/login');
    const problems = reports.filter((r) => (r.viewport.startsWith('390x') && r.overflowPx > 0) || r.axe.length > 0);
    expect(problems, JSON.stringify(problems, null, 2)).toEqual([]);
  }, 180_000);
});

describe('the shell on a phone', () => {
  it('keeps the year, the region and, in the menu drawer, 退出登录 within reach at 390 px', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await signIn(page, baseUrl, 'leader');
    await page.waitForSelector('[data-view=overview]');
    for (const selector of ['[data-scope=year]', '[data-scope=region]', '[data-action=open-menu]']) {
      const box = await page.locator(selector).boundingBox();
      expect(box, selector).not.toBeNull();
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 390, selector).toBe(true);
    }
    await page.click('[data-action=open-menu]');
    await page.locator('[data-drawer=menu] [data-action=logout]').waitFor();
    await page.click('[data-drawer=menu] [data-menu=projects]');
    await page.waitForURL(/\/projects/);
    // The drawer closes on navigating.
    await page.locator('[data-drawer=menu]').waitFor({ state: 'hidden' });
    await page.click('[data-action=open-menu]');
    await page.click('[data-drawer=menu] [data-action=logout]');
    await page.waitForURL(/\/login/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('continues the session on reload and in a new tab through the refresh cookie', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await signIn(page, baseUrl, 'leader');
    await page.waitForSelector('[data-view=overview]');
    await page.reload();
    await page.waitForSelector('[data-view=overview]');
    const tab = await page.context().newPage();
    await tab.goto(`${baseUrl}/monitoring`);
    await tab.waitForSelector('[data-action=open-menu]');
    expect(new URL(tab.url()).pathname).toBe('/monitoring');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('roles', () => {
  it('shows a leader 无权访问 (not a form) on an evaluation link, and no evaluation entry in the menu', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, baseUrl, 'leader');
    await page.goto(`${baseUrl}/evaluation/${samples.id}`);
    await page.waitForSelector('[data-view=forbidden]');
    expect(await page.textContent('[data-view=forbidden]')).toContain('无权访问');
    expect(await page.locator('form, input:not([role=combobox])').count()).toBe(0);
    expect(await page.locator('[data-menu=evaluation]').count()).toBe(0);
    expect(new URL(page.url()).pathname).toBe(`/evaluation/${samples.id}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the keyboard', () => {
  it('reaches every main menu entry with Tab and opens one with Enter', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, baseUrl, 'leader');
    await page.waitForSelector('[data-view=overview]');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const reached: string[] = [];
    for (let press = 0; press < 12 && !reached.includes('monitoring'); press += 1) {
      await page.keyboard.press('Tab');
      const menu = await page.evaluate(() => document.activeElement?.getAttribute('data-menu') ?? null);
      if (menu) reached.push(menu);
    }
    expect(reached).toEqual(['overview', 'rankings', 'projects', 'monitoring']);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/monitoring/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
