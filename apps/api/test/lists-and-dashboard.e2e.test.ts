import { Decimal, formatIsoDate } from '@jixiao/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndicatorColoursBackfillService } from '../src/modules/projects/indicator-colours-backfill.service.js';
import { startTestApp, TEST_TODAY, TEST_YEARS, type TestApp } from './support/test-app.js';

interface Node {
  id: string;
  name: string;
  fiscalYear: number;
  grade: string | null;
  totalScore: string | null;
  spentAmount: { yuan: string };
  receivedAmount: { yuan: string };
  executionAlert: { colour: string } | null;
  region: { code: string };
}
interface Page {
  projects: { totalCount: number; nodes: Node[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
}

const { current, closed, before } = TEST_YEARS;
const NODE = 'id name fiscalYear grade totalScore spentAmount { yuan } receivedAmount { yuan } executionAlert { colour } region { code }';

describe('project lists, search and the dashboard', () => {
  let app: TestApp;
  let token: string;
  let all: Node[];

  const page = async (args: string): Promise<Page['projects']> => {
    const result = await app.gql<Page>(`{ projects(${args}) { totalCount nodes { ${NODE} } pageInfo { endCursor hasNextPage } } }`, {}, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.projects;
  };

  beforeAll(async () => {
    app = await startTestApp({ demoProjects: 120 });
    token = await app.login('admin');
    all = (await page('first: 100')).nodes.concat((await page(`first: 100, after: "${(await page('first: 100')).pageInfo.endCursor}"`)).nodes);
  });
  afterAll(() => app.close());

  it('pages through every project once with cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result: Page['projects'] = await page(`first: 17${after ? `, after: "${after}"` : ''}, sort: { field: totalScore, direction: desc }`);
      seen.push(...result.nodes.map((n) => n.id));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(121);
    expect(new Set(seen).size).toBe(121);
  });

  it('reads an explicit null argument as not given, in literals and in variables', async () => {
    const literal = await page('first: 5, after: null, filter: { regionCode: null, fiscalYear: null, text: null }, sort: null');
    expect(literal.totalCount).toBe(121);
    const variables = await app.gql<Page>(
      'query($after: String, $filter: ProjectFilter) { projects(first: 5, after: $after, filter: $filter) { totalCount } }',
      { after: null, filter: { regionCode: null, unitId: null, grade: null, alertColour: null } },
      token,
    );
    expect(variables.errors).toBeUndefined();
    expect(variables.data?.projects.totalCount).toBe(121);
    const units = await app.gql<{ units: unknown[] }>('{ units(regionCode: null) { id } }', {}, token);
    expect(units.errors).toBeUndefined();
    expect(units.data?.units.length).toBeGreaterThan(0);
    const search = await app.gql<{ searchProjects: unknown[] }>('{ searchProjects(name: "综治", fiscalYear: null) { id } }', {}, token);
    expect(search.errors).toBeUndefined();
    const overview = await app.gql(`{ dashboardOverview(fiscalYear: ${current}, regionCode: null, asOf: null) { fiscalYear } }`, {}, token);
    expect(overview.errors).toBeUndefined();
  });

  it('sorts by score with the unscored last when descending', async () => {
    const nodes = (await page('first: 100, sort: { field: totalScore, direction: desc }')).nodes;
    const scores = nodes.map((n) => (n.totalScore === null ? Decimal.from(-1) : Decimal.from(n.totalScore)));
    for (let i = 1; i < scores.length; i += 1) expect(scores[i - 1]?.gte(scores[i] ?? Decimal.ZERO)).toBe(true);
  });

  it('refuses a cursor of another sort and a page size out of range', async () => {
    const first = await page('first: 5, sort: { field: name }');
    const mixed = await app.gql(`{ projects(first: 5, after: "${first.pageInfo.endCursor}", sort: { field: totalScore }) { totalCount } }`, {}, token);
    expect(mixed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'cursorSortMismatch' });
    const huge = await app.gql('{ projects(first: 1000) { totalCount } }', {}, token);
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('filters by year, region, grade and text', async () => {
    expect((await page(`first: 100, filter: { fiscalYear: ${closed} }`)).nodes.every((n) => n.fiscalYear === closed)).toBe(true);
    const county = await page('first: 100, filter: { regionCode: "652301" }');
    expect(county.totalCount).toBeGreaterThan(0);
    expect(county.nodes.every((n) => n.region.code === '652301')).toBe(true);
    expect((await page('first: 100, filter: { regionCode: "652300" }')).totalCount).toBe(121);
    const good = await page('first: 100, filter: { grade: good }');
    expect(good.nodes.every((n) => n.grade === 'good')).toBe(true);
    expect(good.totalCount).toBe(all.filter((n) => n.grade === 'good').length);
    const text = await page('first: 100, filter: { text: "教育局" }');
    expect(text.totalCount).toBeGreaterThan(0);
    const bad = await app.gql('{ projects(filter: { regionCode: "65%" }) { totalCount } }', {}, token);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.regionCode' });
  });

  it('filters by alert colour in SQL exactly as the core colours each project', async () => {
    const colours = ['red', 'amber', 'green'] as const;
    for (const colour of colours) {
      const filtered = await page(`first: 100, filter: { alertColour: ${colour} }`);
      const byCore = all.filter((n) => n.executionAlert?.colour === colour);
      expect(filtered.totalCount, colour).toBe(byCore.length);
      expect(filtered.nodes.every((n) => n.executionAlert?.colour === colour)).toBe(true);
    }
    expect(all.some((n) => n.executionAlert?.colour === 'red')).toBe(true);
  });

  it('finds projects by partial and loosely typed names', async () => {
    const search = async (name: string) =>
      ((await app.gql<{ searchProjects: { name: string }[] }>(`{ searchProjects(name: "${name}") { name } }`, {}, token)).data?.searchProjects ?? []).map((p) => p.name);
    expect((await search('综治工作经费'))[0]).toBe('综治工作经费');
    expect(await search('综治经费')).toContain('综治工作经费');
    expect((await search('综治')).length).toBeGreaterThan(0);
    expect(await search('不存在的项目名称')).toEqual([]);
    expect(await search('100%')).toEqual([]);
  });

  it('sums the dashboard exactly from the projects', async () => {
    const result = await app.gql<{
      dashboardOverview: {
        asOf: string;
        timeProgress: { text: string };
        totals: { projectCount: number; spentAmount: { yuan: string }; receivedAmount: { yuan: string }; executionRate: { percent: string } };
        byUnit: { summary: { projectCount: number; spentAmount: { yuan: string } } }[];
        byRegion: { regionCode: string; summary: { projectCount: number } }[];
        alertCounts: { red: number; amber: number; green: number; none: number };
        gradeDistribution: { grade: string | null; count: number }[];
        largestDeviations: { deviationRate: { percent: string } }[];
      };
    }>(
      `{ dashboardOverview(fiscalYear: ${current}) { asOf timeProgress { text }
        totals { projectCount spentAmount { yuan } receivedAmount { yuan } executionRate { percent } }
        byUnit { summary { projectCount spentAmount { yuan } } } byRegion { regionCode summary { projectCount } }
        alertCounts { red amber green none } gradeDistribution { grade count } largestDeviations { deviationRate { percent } } } }`,
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    const overview = result.data?.dashboardOverview;
    const year = all.filter((n) => n.fiscalYear === current);
    const spent = Decimal.sum(year.map((n) => Decimal.from(n.spentAmount.yuan)));
    expect(overview?.asOf).toBe(formatIsoDate(TEST_TODAY));
    expect(overview?.timeProgress.text).toBe('75.00%');
    expect(overview?.totals.projectCount).toBe(year.length);
    expect(overview?.totals.spentAmount.yuan).toBe(spent.toFixed(2));
    expect(Decimal.sum((overview?.byUnit ?? []).map((u) => Decimal.from(u.summary.spentAmount.yuan))).toFixed(2)).toBe(spent.toFixed(2));
    expect((overview?.byRegion ?? []).reduce((sum, r) => sum + r.summary.projectCount, 0)).toBe(year.length);
    const counts = overview?.alertCounts;
    expect(counts?.red).toBe(year.filter((n) => n.executionAlert?.colour === 'red').length);
    expect((counts?.red ?? 0) + (counts?.amber ?? 0) + (counts?.green ?? 0) + (counts?.none ?? 0)).toBe(year.length);
    expect((overview?.gradeDistribution ?? []).reduce((sum, g) => sum + g.count, 0)).toBe(year.length);
    const rates = (overview?.largestDeviations ?? []).map((d) => Decimal.from(d.deviationRate.percent).abs());
    expect(rates.length).toBe(10);
    for (let i = 1; i < rates.length; i += 1) expect(rates[i - 1]?.gte(rates[i] ?? Decimal.ZERO)).toBe(true);
  });

  it('lists the fiscal years and defaults the overview to the latest, in one round trip', async () => {
    const result = await app.gql<{ fiscalYears: number[]; latest: { fiscalYear: number; totals: unknown }; explicit: { fiscalYear: number; totals: unknown } }>(
      `{ fiscalYears latest: dashboardOverview { fiscalYear totals { projectCount spentAmount { yuan } } } explicit: dashboardOverview(fiscalYear: ${current}) { fiscalYear totals { projectCount spentAmount { yuan } } } }`,
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    // The demo's three years and the sample's own.
    expect(result.data?.fiscalYears).toEqual([...new Set(all.map((n) => n.fiscalYear))].sort((a, b) => b - a));
    expect(result.data?.fiscalYears.slice(0, 3)).toEqual([current, closed, before]);
    expect(result.data?.latest).toEqual(result.data?.explicit);
    const county = await app.gql<{ fiscalYears: number[] }>('{ fiscalYears(regionCode: "652301") }', {}, token);
    expect(county.data?.fiscalYears.every((y) => [before, closed, current].includes(y))).toBe(true);
    const bad = await app.gql('{ fiscalYears(regionCode: "x") }', {}, token);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regionCode' });
  });

  it('counts and filters indicator progress colours in SQL exactly as the core colours each project', async () => {
    interface Monitored {
      id: string;
      fiscalYear: number;
      alerts: { kind: string; colour: string }[];
    }
    const monitored: Monitored[] = [];
    for (let after: string | null = null; ; ) {
      const result: { data?: { projects: { nodes: Monitored[]; pageInfo: { endCursor: string; hasNextPage: boolean } } } | null } = await app.gql(
        'query($after: String) { projects(first: 100, after: $after) { nodes { id fiscalYear alerts { kind colour } } pageInfo { endCursor hasNextPage } } }',
        { after },
        token,
      );
      const connection = result.data?.projects;
      if (!connection) throw new Error('no projects');
      monitored.push(...connection.nodes);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    const hasColour = (p: Monitored, colour: string) => p.alerts.some((a) => a.kind === 'indicatorProgress' && a.colour === colour);
    for (const colour of ['red', 'amber', 'green', 'blue']) {
      const byCore = monitored.filter((p) => hasColour(p, colour)).map((p) => p.id).sort();
      const filtered = await page(`first: 100, filter: { indicatorAlertColour: ${colour} }`);
      expect(filtered.totalCount, colour).toBe(byCore.length);
      expect(filtered.nodes.every((n) => byCore.includes(n.id)), colour).toBe(true);
    }
    expect(monitored.some((p) => hasColour(p, 'blue'))).toBe(true);
    for (const year of [closed, current]) {
      const overview = await app.gql<{ dashboardOverview: { alertCounts: { blue: number } } }>(`{ dashboardOverview(fiscalYear: ${year}) { alertCounts { blue } } }`, {}, token);
      expect(overview.data?.dashboardOverview.alertCounts.blue, String(year)).toBe(monitored.filter((p) => p.fiscalYear === year && hasColour(p, 'blue')).length);
    }
  });

  it('draws the monthly execution curves of the year and the year before from the stored sums', async () => {
    interface Point {
      month: number;
      cumulativeSpent: { yuan: string };
      executionRate: { percent: string } | null;
      timeProgress: { percent: string };
    }
    const POINT = 'month cumulativeSpent { yuan } executionRate { percent } timeProgress { percent }';
    const result = await app.gql<{ dashboardOverview: { executionSeries: { fiscalYear: number; receivedAmount: { yuan: string }; points: Point[] }[] } }>(
      `{ dashboardOverview(fiscalYear: ${current}) { executionSeries { fiscalYear receivedAmount { yuan } points { ${POINT} } } } }`,
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    const series = result.data?.dashboardOverview.executionSeries ?? [];
    expect(series.map((s) => s.fiscalYear)).toEqual([current, closed]);
    for (const curve of series) {
      const year = await app.gql<{ projects: { totalCount: number; nodes: { receivedAmount: { yuan: string }; executionSeries: Point[] }[] } }>(
        `query($y: Int!) { projects(first: 100, filter: { fiscalYear: $y }) { totalCount nodes { receivedAmount { yuan } executionSeries { ${POINT} } } } }`,
        { y: curve.fiscalYear },
        token,
      );
      const projects = year.data?.projects.nodes ?? [];
      expect(year.data?.projects.totalCount).toBe(projects.length);
      const received = Decimal.sum(projects.map((p) => Decimal.from(p.receivedAmount.yuan)));
      expect(curve.receivedAmount.yuan).toBe(received.toFixed(2));
      expect(curve.points.map((p) => p.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      curve.points.forEach((point, i) => {
        const spent = Decimal.sum(projects.map((p) => Decimal.from(p.executionSeries[i]?.cumulativeSpent.yuan ?? '0')));
        expect(point.cumulativeSpent.yuan, `${curve.fiscalYear}-${point.month}`).toBe(spent.toFixed(2));
        expect(Decimal.from(point.executionRate?.percent ?? '-1').toFixed(2)).toBe(spent.dividedBy(received).times(Decimal.HUNDRED).round(2).toFixed(2));
        expect(Decimal.from(point.timeProgress.percent).toFixed(2)).toBe(Decimal.of(BigInt(point.month * 100)).dividedBy(Decimal.from(12)).round(2).toFixed(2));
      });
    }
  });

  it('colours a project without a stated date at today in SQL as the core does', async () => {
    const created = await app.gql<{ createProject: { id: string } }>(
      `mutation($u: ID!) { createProject(input: { unitId: $u, name: "无截至日期的项目", fiscalYear: ${current} }) { id } }`,
      { u: (await app.gql<{ units: { id: string }[] }>('{ units { id } }', {}, token)).data?.units[0]?.id },
      token,
    );
    const id = created.data?.createProject.id;
    // A new project is at version 1; each write moves it on by one.
    await app.gql('mutation($id: ID!) { setBudget(projectId: $id, expectedVersion: 1, input: { lines: [{ fundSource: fiscal, budgetAmount: "100", receivedAmount: "100" }] }) { id } }', { id }, token);
    await app.gql(`mutation($id: ID!) { recordPayment(projectId: $id, expectedVersion: 2, input: { date: "${current}-03-01", amount: "30", category: "办公费" }) { id } }`, { id }, token);
    // Today is pinned to 30 September: 序时进度 75%, execution 30%, v = 40% → red.
    const red = await page('first: 10, filter: { alertColour: red, text: "无截至日期" }');
    expect(red.nodes.map((n) => [n.id, n.executionAlert?.colour])).toEqual([[id, 'red']]);
    // The dashboard's per unit-year caches followed the three writes.
    const overview = await app.gql<{ dashboardOverview: { totals: { projectCount: number }; alertCounts: { red: number; none: number } } }>(
      `{ dashboardOverview(fiscalYear: ${current}) { totals { projectCount } alertCounts { red none } } }`,
      {},
      token,
    );
    expect(overview.data?.dashboardOverview.totals.projectCount).toBe((await page(`first: 1, filter: { fiscalYear: ${current} }`)).totalCount);
    expect(overview.data?.dashboardOverview.alertCounts.red).toBe((await page(`first: 1, filter: { fiscalYear: ${current}, alertColour: red }`)).totalCount);
  });

  it('computes the indicator colours of projects stored before migration 0004 in the background', async () => {
    const blue = async () => {
      const result = await app.gql<{ dashboardOverview: { alertCounts: { blue: number } }; projects: { totalCount: number } }>(
        `{ dashboardOverview(fiscalYear: ${current}) { alertCounts { blue } } projects(first: 1, filter: { indicatorAlertColour: blue }) { totalCount } }`,
        {},
        token,
      );
      return [result.data?.dashboardOverview.alertCounts.blue, result.data?.projects.totalCount];
    };
    const before = await blue();
    expect(before[0]).toBeGreaterThan(0);
    const db = app.db();
    await db.execute(sql`update projects set indicator_red_months = null, indicator_amber_months = null, indicator_green_months = null, indicator_blue_months = null`);
    await db.execute(sql`delete from unit_year_indicator_buckets`);
    expect(await blue()).toEqual([0, 0]);
    expect(await app.service(IndicatorColoursBackfillService).run()).toBe(all.length + 1);
    expect(await blue()).toEqual(before);
    expect(await app.service(IndicatorColoursBackfillService).run()).toBe(0);
  });
});
