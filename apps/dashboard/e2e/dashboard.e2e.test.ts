import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatPercent, formatWanYuan } from '../src/utils/decimal-format';
import { join } from 'node:path';
import { graphql, login } from './api-client';
import { REPO_ROOT } from './api-server';
import { chartsDrawn, launchBrowser, openPage, screenshot, signIn } from './browser';

const baseUrl = inject('baseUrl');
/** The sample report beside the repository (../shared/domain). */
const SAMPLE_REPORT = join(REPO_ROOT, '../shared/domain/seed-report-changji-zongzhi-2022.txt');
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Money {
  yuan: string;
  wanYuan: string;
  /** The API's own 万元 text ("12345.60万元"): the screen shows the same with thousands separators. */
  text: string;
}
interface Overview {
  dashboardOverview: {
    fiscalYear: number;
    totals: { projectCount: number; adjustedBudgetAmount: Money; receivedAmount: Money; spentAmount: Money; executionRate: { percent: string } | null };
    timeProgress: { percent: string };
    alertCounts: { red: number; amber: number; green: number; blue: number; none: number };
    byUnit: { unitName: string }[];
  };
}

const OVERVIEW = `query ($year: Int!) { dashboardOverview(fiscalYear: $year) {
  fiscalYear timeProgress { percent } alertCounts { red amber green blue none } byUnit { unitName }
  totals { projectCount adjustedBudgetAmount { yuan wanYuan text } receivedAmount { yuan wanYuan text } spentAmount { yuan wanYuan text } executionRate { percent } } } }`;

/** The newest year the user may read: what the overview shows first. */
async function latestYear(token: string): Promise<number> {
  const data = await graphql<{ fiscalYears: number[] }>(baseUrl, '{ fiscalYears }', {}, token);
  const year = data.fiscalYears[0];
  if (year === undefined) throw new Error('no projects in the demo data');
  return year;
}

async function sampleProjectId(token: string): Promise<string> {
  const data = await graphql<{ searchProjects: { id: string; name: string }[] }>(
    baseUrl,
    'query { searchProjects(name: "综治工作经费", fiscalYear: 2022, first: 1) { id name } }',
    {},
    token,
  );
  const id = data.searchProjects[0]?.id;
  if (!id) throw new Error('the sample project 综治工作经费 2022 is missing');
  return id;
}

describe('sign in', () => {
  it('refuses a wrong password in Chinese and admits the demo leader', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(/\/login/);
    await page.fill('input[name=username]', 'leader');
    await page.fill('input[name=password]', 'wrong-password');
    await page.click('[data-action=login]');
    const message = await page.textContent('[data-state=error]', { timeout: 15_000 });
    expect(message).toMatch(/[\u4e00-\u9fff]/);
    await screenshot(page, 'login-error');
    await signIn(page, baseUrl, 'leader');
    await page.waitForSelector('[data-view=overview]');
    // The failed login answers 200 with a GraphQL error: nothing else may reach the console.
    expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
    await page.context().close();
  });

  it('stays signed in on reload and in a new tab (the refresh cookie), and a logout ends it for every tab', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, baseUrl, 'leader');
    await page.waitForSelector('[data-view=overview]');
    await page.reload();
    await page.waitForSelector('[data-view=overview]');
    expect(new URL(page.url()).pathname).toBe('/');

    // A link opened in a new tab of the same browser: no password asked.
    const tab = await page.context().newPage();
    await tab.goto(`${baseUrl}/projects`);
    await tab.waitForSelector('[data-user]');
    expect(new URL(tab.url()).pathname).toBe('/projects');
    expect(await tab.textContent('[data-user]')).toContain('昌吉州分管领导');
    // The refresh token is an httpOnly cookie: no script on the page can read it.
    expect(await tab.evaluate(() => document.cookie)).not.toContain('jixiao_refresh');

    await tab.click('[data-action=logout]');
    await tab.waitForURL(/\/login/);
    const after = await page.context().newPage();
    await after.goto(`${baseUrl}/projects`);
    await after.waitForURL(/\/login/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a leader', () => {
  let token: string;
  beforeAll(async () => {
    token = await login(baseUrl, 'leader');
  });

  it('sees the overview with the API\'s totals and drawn charts, on a laptop and a wall screen', async () => {
    const year = await latestYear(token);
    const { dashboardOverview: api } = await graphql<Overview>(baseUrl, OVERVIEW, { year }, token);
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      const { page, errors } = await openPage(browser, viewport);
      const overviewRequests: string[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('/graphql') && request.postData()?.includes('query DashboardOverview')) overviewRequests.push(request.postData() ?? '');
      });
      await signIn(page, baseUrl, 'leader');
      await page.waitForSelector('[data-kpi=budget] dd');
      expect(await page.textContent('[data-kpi=project-count] dd')).toBe(String(api.totals.projectCount));
      expect(await page.textContent('[data-kpi=budget] dd')).toBe(formatWanYuan(api.totals.adjustedBudgetAmount));
      expect(await page.textContent('[data-kpi=received] dd')).toBe(formatWanYuan(api.totals.receivedAmount));
      expect(await page.textContent('[data-kpi=spent] dd')).toBe(formatWanYuan(api.totals.spentAmount));
      expect((await page.textContent('[data-kpi=spent] dd'))?.replaceAll(',', '')).toBe(api.totals.spentAmount.text);
      expect((await page.textContent('[data-kpi=execution-rate] dd'))?.trim()).toContain(formatPercent(api.totals.executionRate?.percent));
      expect(await page.textContent('[data-kpi=time-progress] dd')).toBe(formatPercent(api.timeProgress.percent));
      for (const colour of ['red', 'amber', 'green', 'blue'] as const) {
        expect(await page.textContent(`[data-alert-count=${colour}] strong`)).toBe(String(api.alertCounts[colour]));
      }
      await page.waitForFunction(() => performance.getEntriesByName('jixiao:overview-charts-drawn').length > 0);
      // One round trip: the API picks the year, no year lookup first and no second ask with it.
      expect(overviewRequests).toHaveLength(1);
      expect(await page.textContent('[data-scope=year]')).toContain(`${year}年`);
      await page.waitForSelector('[data-section=monthly] [data-chart] canvas', { timeout: 60_000 });
      const charts = await chartsDrawn(page);
      expect(charts.count).toBeGreaterThanOrEqual(4);
      for (const size of charts.sizes) expect(size.width * size.height).toBeGreaterThan(0);
      // The list behind a count.
      if (api.alertCounts.red > 0) {
        await page.click('[data-alert-count=red]');
        await page.waitForSelector('[data-alert-list] .el-table__row');
      }
      await screenshot(page, `overview-${viewport.width}x${viewport.height}`);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('lists the projects page by page with the API\'s count, and exports them', async () => {
    const year = await latestYear(token);
    const api = await graphql<{ projects: { totalCount: number; nodes: { name: string; executionRate: { percent: string } | null }[] } }>(
      baseUrl,
      'query ($year: Int!) { projects(filter: { fiscalYear: $year }, first: 20) { totalCount nodes { name executionRate { percent } } } }',
      { year },
      token,
    );
    const { page, errors } = await openPage(browser);
    await signIn(page, baseUrl, 'leader');
    await page.click('[data-menu=projects]');
    await page.waitForSelector('[data-table=projects] .el-table__row');
    expect(await page.textContent('[data-field=total]')).toContain(String(api.projects.totalCount));
    const firstName = await page.textContent('[data-table=projects] .el-table__row:first-child .projects__link');
    expect(firstName).toBe(api.projects.nodes[0]?.name);
    const firstRate = await page.textContent('[data-table=projects] .el-table__row:first-child [data-field=execution-rate]');
    expect(firstRate).toBe(formatPercent(api.projects.nodes[0]?.executionRate?.percent));
    await page.click('[data-action=next]');
    await page.waitForFunction(() => document.body.textContent?.includes('第 2 /'));
    await screenshot(page, 'projects');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=export]')]);
    const text = await (await download.createReadStream()).toArray();
    const csv = Buffer.concat(text as Buffer[]).toString('utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(api.projects.totalCount + 1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens the sample project: 91.02% execution, 宣传费 over its cap, the score card, grade and audit findings', async () => {
    const id = await sampleProjectId(token);
    const api = await graphql<{
      project: {
        executionRate: { percent: string };
        scoreCard: { totalScore: string; grade: string };
        auditFindings: { message: string }[];
        indicators: { name: string; deviation: { meetsTarget: boolean | null; deviationRate: { percent: string } | null } }[];
      };
    }>(
      baseUrl,
      `query ($id: ID!) { project(id: $id) { executionRate { percent } scoreCard { totalScore grade }
        auditFindings { message } indicators { name deviation { meetsTarget deviationRate { percent } } } } }`,
      { id },
      token,
    );
    expect(api.project.executionRate.percent).toBe('91.02');
    const { page, errors } = await openPage(browser, { width: 1920, height: 1080 });
    await signIn(page, baseUrl, 'leader');
    await page.goto(`${baseUrl}/projects/${id}`);
    await page.waitForSelector('[data-kpi=execution-rate] dd');
    expect(await page.textContent('[data-kpi=execution-rate] dd')).toBe('91.02%');
    expect(await page.textContent('[data-field=name]')).toBe('综治工作经费');

    const publicity = api.project.indicators.find((indicator) => indicator.name.includes('宣传费'));
    expect(publicity?.deviation.meetsTarget).toBe(false);
    const row = page.locator('[data-table=indicators] .el-table__row', { hasText: '宣传费' });
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await row.first().getAttribute('class')).toContain('indicator--missed');
    expect(await row.first().textContent()).toContain(formatPercent(publicity?.deviation.deviationRate?.percent).replace(/^(?!-)/, '+'));

    expect(await page.textContent('[data-field=total-score]')).toContain(api.project.scoreCard.totalScore);
    expect(await page.getAttribute('[data-section=score-card] [data-grade]', 'data-grade')).toBe(api.project.scoreCard.grade);
    const findings = await page.locator('[data-table=audit] .el-table__row').count();
    expect(findings).toBe(api.project.auditFindings.length);
    expect(findings).toBeGreaterThan(0);

    const charts = await chartsDrawn(page);
    expect(charts.count).toBeGreaterThanOrEqual(4);
    for (const size of charts.sizes) expect(size.width * size.height).toBeGreaterThan(0);
    await screenshot(page, 'project-detail-sample');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('sees the projects off their time progress on the monitoring page', async () => {
    const year = await latestYear(token);
    const api = await graphql<{ projects: { totalCount: number } }>(
      baseUrl,
      'query ($year: Int!) { projects(filter: { fiscalYear: $year, alertColour: red }, first: 1) { totalCount } }',
      { year },
      token,
    );
    const { page, errors } = await openPage(browser);
    await signIn(page, baseUrl, 'leader');
    await page.click('[data-menu=monitoring]');
    await page.waitForSelector('[data-view=monitoring] [data-field=total]');
    await expect.poll(() => page.textContent('[data-field=total]'), { timeout: 30_000 }).toContain(String(api.projects.totalCount));
    if (api.projects.totalCount > 0) {
      await page.waitForSelector('[data-table=monitoring] .el-table__row');
      expect(await page.textContent('[data-table=monitoring] .el-table__row:first-child')).toContain('红');
    }
    await screenshot(page, 'monitoring');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('unit staff', () => {
  it('see their own unit only', async () => {
    const token = await login(baseUrl, 'zfw-staff');
    const api = await graphql<{ projects: { totalCount: number } }>(baseUrl, '{ projects(first: 1) { totalCount } }', {}, token);
    const { page, errors } = await openPage(browser);
    await signIn(page, baseUrl, 'zfw-staff');
    await page.waitForSelector('[data-view=overview] [data-kpi=budget]');
    await screenshot(page, 'overview-unit-staff');
    await page.click('[data-menu=projects]');
    // All years: the staff member's whole unit.
    await page.waitForSelector('[data-table=projects] .el-table__row');
    const units = await page.$$eval('[data-table=projects] .el-table__row td:nth-child(3)', (cells) => cells.map((cell) => cell.textContent?.trim()));
    expect(new Set(units)).toEqual(new Set(['昌吉州党委政法委']));
    const year = await latestYear(token);
    const yearCount = await graphql<{ projects: { totalCount: number } }>(
      baseUrl,
      'query ($year: Int!) { projects(filter: { fiscalYear: $year }, first: 1) { totalCount } }',
      { year },
      token,
    );
    expect(await page.textContent('[data-field=total]')).toContain(String(yearCount.projects.totalCount));
    expect(yearCount.projects.totalCount).toBeLessThanOrEqual(api.projects.totalCount);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('enter an actual in the evaluation editor and see the API\'s Chinese field error, then the rescored value', async () => {
    const token = await login(baseUrl, 'edu-staff');
    const data = await graphql<{ projects: { nodes: { id: string; indicators: { id: string; name: string; actual: string | null; rule: string }[] }[] } }>(
      baseUrl,
      '{ projects(first: 1) { nodes { id indicators { id name actual rule } } } }',
      {},
      token,
    );
    const project = data.projects.nodes[0];
    const indicator = project?.indicators.find((i) => i.rule === 'higherIsBetter' && i.actual);
    if (!project || !indicator?.actual) throw new Error('the demo data has no scorable indicator for edu-staff');
    const { page, errors } = await openPage(browser);
    await signIn(page, baseUrl, 'edu-staff');
    await page.goto(`${baseUrl}/evaluation/${project.id}`);
    const editor = page.locator(`[data-indicator="${indicator.name}"]`);
    // Element Plus puts the attributes of <el-input> on the inner <input>.
    const input = editor.locator('input[data-input=actual]');
    await input.fill('abc');
    await expect.poll(() => editor.locator('.el-form-item__error').textContent(), { timeout: 15_000 }).toContain('无法识别');
    await screenshot(page, 'evaluation-field-error');
    await input.fill(indicator.actual);
    await expect.poll(() => editor.locator('.el-form-item__error').count(), { timeout: 15_000 }).toBe(0);
    expect(await editor.locator('[data-field=derivation]').textContent()).toMatch(/计算过程：.+/);
    await screenshot(page, 'evaluation');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('documents (unit staff)', () => {
  it('download the sample project\'s 自评表 and 评价报告 from its detail page', async () => {
    const token = await login(baseUrl, 'zfw-staff');
    const id = await sampleProjectId(token);
    const { page, errors } = await openPage(browser, { width: 1366, height: 768 });
    await signIn(page, baseUrl, 'zfw-staff');
    await page.goto(`${baseUrl}/projects/${id}`);
    await page.waitForSelector('[data-section=downloads] [data-action=download-sheet]');
    for (const [action, name] of [
      ['download-sheet', '综治工作经费-自评表.xlsx'],
      ['download-report', '综治工作经费-绩效评价报告.docx'],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click(`[data-action=${action}]`)]);
      // The report renders its charts on the server: the button says so meanwhile.
      expect(download.suggestedFilename()).toBe(name);
      const bytes = Buffer.concat((await (await download.createReadStream()).toArray()) as Buffer[]);
      expect([...bytes.subarray(0, 4)]).toEqual(ZIP_MAGIC);
      expect(bytes.length).toBeGreaterThan(1000);
      await expect.poll(() => page.locator(`[data-action=${action}]`).getAttribute('class')).not.toContain('is-loading');
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  // Last in the file: confirming adds a second 综治工作经费 2022 to the demo data.
  it('preview the sample report: recomputed 98.30 against the claimed 98.66, 4.56 → 4.55; told it repeats a stored project, confirm it into a new one', async () => {
    const token = await login(baseUrl, 'zfw-staff');
    const before = await graphql<{ projects: { totalCount: number } }>(baseUrl, '{ projects(first: 1) { totalCount } }', {}, token);
    const { page, errors } = await openPage(browser, { width: 1366, height: 768 });
    await signIn(page, baseUrl, 'zfw-staff');
    await page.click('[data-menu=import]');
    await page.waitForSelector('[data-view=import] input[data-input=file]', { state: 'attached' });
    await page.setInputFiles('input[data-input=file]', SAMPLE_REPORT);
    await page.waitForSelector('[data-section=import-preview]', { timeout: 60_000 });
    expect(await page.textContent('[data-source]')).toBe('评价报告 (文本)');
    expect(await page.textContent('[data-field=project-name]')).toContain('综治工作经费');
    expect(await page.textContent('[data-section=preview-budget] [data-kpi=spent] dd')).toBe('91.02万元');
    expect(await page.textContent('[data-field=computed-total]')).toBe('98.30');
    expect(await page.textContent('[data-field=claimed-total]')).toBe('98.66');
    const scoreFinding = page.locator('[data-table=audit] .el-table__row', { hasText: '4.56' }).filter({ hasText: '4.55' });
    expect(await scoreFinding.count()).toBeGreaterThan(0);
    expect(await page.locator('[data-table=audit] .el-table__row', { hasText: '98.66' }).count()).toBeGreaterThan(0);
    await screenshot(page, 'import-preview');
    // Nothing saved by the preview.
    const during = await graphql<{ projects: { totalCount: number } }>(baseUrl, '{ projects(first: 1) { totalCount } }', {}, token);
    expect(during.projects.totalCount).toBe(before.projects.totalCount);

    // The demo already holds 政法委's 综治工作经费 2022: the preview warns, and confirming asks first.
    expect(await page.textContent('[data-state=duplicate]')).toContain('本单位同一年度已有同名项目');
    await page.click('[data-action=confirm-import]');
    await page.waitForSelector('.el-message-box', { timeout: 30_000 });
    await screenshot(page, 'import-duplicate');
    await page.click('.el-message-box button:has-text("仍然新建")');
    await page.waitForURL(/\/projects\/[^/]+$/, { timeout: 30_000 });
    const newId = page.url().split('/').pop() ?? '';
    await page.waitForSelector('[data-field=name]');
    expect(await page.textContent('[data-field=name]')).toBe('综治工作经费');
    expect(await page.textContent('[data-field=total-score]')).toContain('98.30');
    const after = await graphql<{ projects: { totalCount: number }; project: { id: string; name: string } | null }>(
      baseUrl,
      'query ($id: ID!) { projects(first: 1) { totalCount } project(id: $id) { id name } }',
      { id: newId },
      token,
    );
    expect(after.projects.totalCount).toBe(before.projects.totalCount + 1);
    expect(after.project?.name).toBe('综治工作经费');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('an administrator', () => {
  it('creates a user on 用户管理, who must change the initial password at first sign-in', async () => {
    const username = `reviewer-${Date.now()}`;
    const { page, errors } = await openPage(browser);
    await signIn(page, baseUrl, 'admin');
    await page.click('[data-menu=users]');
    await page.waitForSelector('[data-table=users] .el-table__row');
    await page.click('[data-action=create-user]');
    await page.fill('[data-form=user] input[name=username]', username);
    await page.fill('[data-form=user] input[name=displayName]', '州财政局复核员');
    await page.fill('[data-form=user] input[name=password]', 'Initial-pass-2026');
    await page.click('[data-form=user] [data-field=role]');
    await page.click('.el-select-dropdown__item:visible:has-text("财政复核")');
    await page.click('[data-action=save-user]');
    await page.waitForSelector(`[data-status="${username}"]`);
    expect(await page.textContent(`[data-status="${username}"]`)).toContain('须修改密码');
    await screenshot(page, 'users');
    await page.click('[data-action=logout]');
    await page.waitForURL(/\/login/);

    await page.fill('input[name=username]', username);
    await page.fill('input[name=password]', 'Initial-pass-2026');
    await page.click('[data-action=login]');
    await page.waitForURL(/\/change-password/);
    await page.fill('input[name=currentPassword]', 'Initial-pass-2026');
    await page.fill('input[name=newPassword]', 'My-own-passphrase-2026');
    await page.fill('input[name=confirm]', 'My-own-passphrase-2026');
    await page.click('[data-action=change-password]');
    await page.waitForSelector('[data-view=overview]');
    expect(await page.textContent('[data-user]')).toContain('州财政局复核员');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
