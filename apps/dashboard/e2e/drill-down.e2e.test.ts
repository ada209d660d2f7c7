import ExcelJS from 'exceljs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatScore } from '../src/utils/decimal-format';
import { graphql, login } from './api-client';
import { chartsDrawn, launchBrowser, openPage, signIn } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let token: string;

beforeAll(async () => {
  browser = await launchBrowser();
  token = await login(baseUrl, 'leader');
});
afterAll(async () => {
  await browser?.close();
});

interface Overview {
  dashboardOverview: {
    fiscalYear: number;
    totals: { projectCount: number };
    byUnit: { unitId: string; unitName: string; summary: { spentAmount: { yuan: string } } }[];
    byRegion: { regionCode: string; regionName: string; ownUnits: boolean }[];
  };
}
const OVERVIEW = `query ($region: String) { dashboardOverview(regionCode: $region) { fiscalYear totals { projectCount }
  byUnit { unitId unitName summary { spentAmount { yuan } } } byRegion { regionCode regionName ownUnits } } }`;
const overview = (region?: string) => graphql<Overview>(baseUrl, OVERVIEW, region ? { region } : {}, token).then((d) => d.dashboardOverview);

/**
 * Moves the pointer over a chart until ECharts shows the hand cursor (a clickable data item is under
 * it), then clicks there: the test does not guess bar positions from the layout.
 */
async function clickDataItem(page: Page, chart: string, from: 'top' | 'bottom' = 'top'): Promise<void> {
  const canvas = page.locator(`${chart} [data-chart] canvas`).first();
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error(`no canvas in ${chart}`);
  const rows = Array.from({ length: 29 }, (_, i) => 0.1 + i * 0.03);
  for (const fy of from === 'top' ? rows : rows.reverse()) {
    for (const fx of [0.3, 0.4, 0.5, 0.6, 0.7]) {
      const x = box.x + box.width * fx;
      const y = box.y + box.height * fy;
      await page.mouse.move(x, y);
      const cursor = await page.$eval(`${chart} [data-chart] canvas`, (canvas) => getComputedStyle(canvas.parentElement ?? canvas).cursor);
      if (cursor === 'pointer') {
        await page.mouse.click(x, y);
        return;
      }
    }
  }
  throw new Error(`no clickable data item found in ${chart}`);
}

async function downloaded(download: Download): Promise<Buffer> {
  return Buffer.concat((await (await download.createReadStream()).toArray()) as Buffer[]);
}

async function readWorkbook(download: Download): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS types its argument as Node 18's Buffer; the bytes are the same.
  await workbook.xlsx.load((await downloaded(download)) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('drill-down and sharing', () => {
  it('opens a unit’s projects from its bar, and the list’s URL opens the same list again', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, baseUrl, 'leader');
    await page.waitForSelector('[data-chart-group=unit] [data-chart] canvas');
    await chartsDrawn(page);
    await page.waitForTimeout(1200);
    await clickDataItem(page, '[data-chart-group=unit]');
    await page.waitForURL(/\/projects\?/);
    const url = new URL(page.url());
    const unitId = url.searchParams.get('unit');
    const year = Number(url.searchParams.get('year'));
    const unit = (await overview()).byUnit.find((u) => u.unitId === unitId);
    expect(unit, `unit ${unitId}`).toBeDefined();
    const api = await graphql<{ projects: { totalCount: number } }>(
      baseUrl,
      'query ($unit: ID!, $year: Int!) { projects(filter: { unitId: $unit, fiscalYear: $year }, first: 1) { totalCount } }',
      { unit: unitId, year },
      token,
    );
    await page.waitForSelector('[data-table=projects] .el-table__row');
    const total = async () => page.textContent('[data-field=total]');
    expect(await total()).toContain(String(api.projects.totalCount));
    const units = await page.$$eval('[data-table=projects] .el-table__row td:nth-child(3)', (cells) => [...new Set(cells.map((c) => c.textContent?.trim()))]);
    expect(units).toEqual([unit?.unitName]);

    // Sorted by score, descending: in the URL, and a reload (a shared link) restores filter and sort.
    await page.click('[data-table=projects] th:has-text("总分") .caret-wrapper .descending');
    await page.waitForURL((u) => u.searchParams.get('sort') === 'totalScore' && u.searchParams.get('dir') === 'desc');
    await page.reload();
    await page.waitForSelector('[data-table=projects] .el-table__row');
    expect(await total()).toContain(String(api.projects.totalCount));
    expect(await page.getAttribute('[data-table=projects] th:has-text("总分")', 'class')).toContain('descending');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('narrows the overview to a region from its bar (never to a 州本级 bar), and a reload keeps the region', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, baseUrl, 'leader');
    const whole = await overview();
    const own = whole.byRegion.find((r) => r.ownUnits);
    // The prefecture's own units are labelled 州本级, not with the prefecture's name among its counties.
    await page.waitForSelector('[data-chart-group=region] [data-chart-table]');
    const names = await page.$$eval('[data-chart-group=region] [data-chart-table] tbody tr td:first-child', (cells) => cells.map((c) => c.textContent));
    if (own) {
      expect(names).toContain('州本级');
      expect(names).not.toContain(own.regionName);
    }
    await chartsDrawn(page);
    await page.waitForTimeout(1200);
    let region: string | null = null;
    for (let attempt = 0; attempt < 3 && region === null; attempt += 1) {
      // From the bottom: the top bar is the prefecture's own units (州本级), which does not narrow.
      await clickDataItem(page, '[data-chart-group=region]', 'bottom');
      await page.waitForTimeout(500);
      region = new URL(page.url()).searchParams.get('region');
    }
    expect(region).not.toBeNull();
    expect(region).not.toBe(own?.regionCode);
    const narrowed = await overview(region ?? undefined);
    const count = async () => (await page.textContent('[data-kpi=project-count] dd'))?.trim();
    await page.waitForFunction((n) => document.querySelector('[data-kpi=project-count] dd')?.textContent?.trim() === n, String(narrowed.totals.projectCount));
    await page.reload();
    await page.waitForSelector('[data-kpi=project-count] dd');
    await page.waitForFunction((n) => document.querySelector('[data-kpi=project-count] dd')?.textContent?.trim() === n, String(narrowed.totals.projectCount));
    expect(await count()).toBe(String(narrowed.totals.projectCount));
    expect(new URL(page.url()).searchParams.get('region')).toBe(region);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists the projects of a grade from its slice of the donut', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, baseUrl, 'leader');
    await page.waitForSelector('[data-section=grades] [data-chart] canvas');
    await page.waitForTimeout(1500);
    let grade: string | null = null;
    for (let attempt = 0; attempt < 3 && grade === null; attempt += 1) {
      await clickDataItem(page, '[data-section=grades]');
      await page.waitForTimeout(800);
      grade = new URL(page.url()).pathname === '/projects' ? new URL(page.url()).searchParams.get('grade') : null;
    }
    expect(['excellent', 'good', 'fair', 'poor']).toContain(grade);
    await page.waitForSelector('[data-table=projects] .el-table__row');
    const grades = await page.$$eval('[data-table=projects] [data-grade]', (tags) => [...new Set(tags.map((tag) => tag.getAttribute('data-grade')))]);
    expect(grades).toEqual([grade]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens /rankings with its list and sort from the URL', async () => {
    const data = await graphql<{ rankings: { regions: { key: string; current: { averageScore: string | null } }[] } }>(
      baseUrl,
      '{ rankings { regions { key current { averageScore } } } }',
      {},
      token,
    );
    const lowest = [...data.rankings.regions]
      .filter((r) => r.current.averageScore !== null)
      .sort((a, b) => Number(a.current.averageScore) - Number(b.current.averageScore))[0];
    const { page, errors } = await openPage(browser);
    await signIn(page, baseUrl, 'leader');
    await page.goto(`${baseUrl}/rankings?by=region&sort=averageScore&dir=asc`);
    await page.waitForSelector('[data-table=rankings] .el-table__row');
    // Ties aside, the first row holds the lowest mean score.
    expect(await page.textContent('[data-table=rankings] .el-table__row:first-child [data-field=averageScore]')).toBe(formatScore(lowest?.current.averageScore));
    expect(await page.$$eval('[data-table=rankings] .el-table__row', (rows) => rows.length)).toBe(data.rankings.regions.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('export', () => {
  it('downloads the overview as .xlsx with exact 万元, and a chart as PNG', async () => {
    const whole = await overview();
    const { page, errors } = await openPage(browser);
    await signIn(page, baseUrl, 'leader');
    await page.waitForSelector('[data-action=export-overview]');
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=export-overview]')]);
    expect(xlsx.suggestedFilename()).toBe(`绩效总览-${whole.fiscalYear}.xlsx`);
    const workbook = await readWorkbook(xlsx);
    const units = workbook.getWorksheet('各单位');
    expect(units?.rowCount).toBe(whole.byUnit.length + 1);
    const first = whole.byUnit[0];
    expect(units?.getRow(2).getCell(1).value).toBe(first?.unitName);
    expect(units?.getRow(2).getCell(5).value).toBeCloseTo(Number(first?.summary.spentAmount.yuan) / 10_000, 6);
    expect(units?.getRow(2).getCell(5).numFmt).toBe('#,##0.00');

    await chartsDrawn(page);
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-chart-group=unit] [data-action=chart-png]')]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    expect([...(await downloaded(png)).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('downloads the project list as .xlsx, one row per project', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, baseUrl, 'leader');
    await page.click('[data-menu=projects]');
    await page.waitForSelector('[data-table=projects] .el-table__row');
    const total = Number((await page.textContent('[data-field=total]'))?.match(/\d+/)?.[0]);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=export-xlsx]')]);
    const workbook = await readWorkbook(xlsx);
    expect(workbook.worksheets[0]?.rowCount).toBe(total + 1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('on a phone', () => {
  it('shows the projects as cards, not a table', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await signIn(page, baseUrl, 'leader');
    await page.goto(`${baseUrl}/projects`);
    await page.waitForSelector('[data-list=projects] li');
    expect(await page.$('[data-table=projects]')).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
