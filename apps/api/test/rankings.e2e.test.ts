import { Decimal } from '@jixiao/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Figures {
  projectCount: number;
  executionRate: { percent: string } | null;
  scoredCount: number;
  averageScore: string | null;
  claimedCount: number;
  scoreGap: string | null;
}
interface Entry {
  key: string;
  name: string;
  regionCode: string;
  ownUnits: boolean;
  current: Figures;
  previous: Figures | null;
}
interface Rankings {
  fiscalYear: number;
  asOf: string;
  months: number;
  provisional: boolean;
  units: Entry[];
  regions: Entry[];
}
interface Project {
  fiscalYear: number;
  totalScore: string | null;
  receivedAmount: { yuan: string };
  spentAmount: { yuan: string };
  unit: { id: string };
  region: { code: string };
  evaluation: { claimedTotalScore: string | null } | null;
}

const FIGURES = 'projectCount executionRate { percent } scoredCount averageScore claimedCount scoreGap';
const RANKINGS = `fiscalYear asOf months provisional
  units { key name regionCode ownUnits current { ${FIGURES} } previous { ${FIGURES} } }
  regions { key name regionCode ownUnits current { ${FIGURES} } previous { ${FIGURES} } }`;

const percentOf = (spent: Decimal, received: Decimal) => spent.dividedBy(received).times(Decimal.HUNDRED).round(2).toFixed(2);

describe('rankings and the overview by region', () => {
  let app: TestApp;
  let token: string;
  let years: number[];
  let all: Project[];

  const rankings = async (args: string, auth = token): Promise<Rankings> => {
    const result = await app.gql<{ rankings: Rankings }>(`{ rankings${args ? `(${args})` : ''} { ${RANKINGS} } }`, {}, auth);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.rankings;
  };

  beforeAll(async () => {
    app = await startTestApp({ demoProjects: 120 });
    token = await app.login('admin');
    years = (await app.gql<{ fiscalYears: number[] }>('{ fiscalYears }', {}, token)).data?.fiscalYears ?? [];
    all = [];
    let after: string | null = null;
    for (;;) {
      const page: { projects: { nodes: Project[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } } | null | undefined = (
        await app.gql<{ projects: { nodes: Project[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } }>(
          `{ projects(first: 100${after ? `, after: "${after}"` : ''}) { nodes { fiscalYear totalScore receivedAmount { yuan } spentAmount { yuan } unit { id } region { code } evaluation { claimedTotalScore } } pageInfo { endCursor hasNextPage } } }`,
          {},
          token,
        )
      ).data;
      if (!page) throw new Error('projects failed');
      all.push(...page.projects.nodes);
      if (!page.projects.pageInfo.hasNextPage) break;
      after = page.projects.pageInfo.endCursor;
    }
  });
  afterAll(() => app.close());

  it('ranks each unit by the sums of its own projects: execution, mean recomputed score and mean claimed − recomputed', async () => {
    const year = years[0] ?? 0;
    const answer = await rankings('');
    expect(answer.fiscalYear).toBe(year);
    const ofYear = all.filter((p) => p.fiscalYear === year);
    expect(answer.units.reduce((sum, u) => sum + u.current.projectCount, 0)).toBe(ofYear.length);
    for (const unit of answer.units) {
      const mine = ofYear.filter((p) => p.unit.id === unit.key);
      expect(unit.current.projectCount).toBe(mine.length);
      const received = mine.reduce((sum, p) => sum.plus(Decimal.from(p.receivedAmount.yuan)), Decimal.ZERO);
      const spent = mine.reduce((sum, p) => sum.plus(Decimal.from(p.spentAmount.yuan)), Decimal.ZERO);
      expect(unit.current.executionRate?.percent ?? null).toBe(received.isZero() ? null : percentOf(spent, received));
      const scored = mine.filter((p) => p.totalScore !== null);
      expect(unit.current.scoredCount).toBe(scored.length);
      if (scored.length > 0) {
        const mean = scored.reduce((sum, p) => sum.plus(Decimal.from(p.totalScore ?? '0')), Decimal.ZERO).dividedBy(scored.length).round(2);
        expect(Decimal.from(unit.current.averageScore ?? 'NaN').eq(mean)).toBe(true);
      }
      const claimed = scored.filter((p) => p.evaluation?.claimedTotalScore != null);
      expect(unit.current.claimedCount).toBe(claimed.length);
      if (claimed.length > 0) {
        const gap = claimed
          .reduce((sum, p) => sum.plus(Decimal.from(p.evaluation?.claimedTotalScore ?? '0')).minus(Decimal.from(p.totalScore ?? '0')), Decimal.ZERO)
          .dividedBy(claimed.length)
          .round(2);
        expect(Decimal.from(unit.current.scoreGap ?? 'NaN').eq(gap), unit.name).toBe(true);
      }
    }
  });

  it('compares a closed year with last year closed (同比), and a year in progress with last year at the same month-end', async () => {
    const [year] = years;
    if (year === undefined || !years.includes(year - 1)) throw new Error(`the demo data needs two consecutive years, got ${years.join(', ')}`);
    const closed = await rankings(`fiscalYear: ${year}, asOf: "${year}-12-31"`);
    expect(closed).toMatchObject({ months: 12, provisional: false });
    const lastYear = all.filter((p) => p.fiscalYear === year - 1);
    for (const unit of closed.units.filter((u) => u.previous)) {
      const mine = lastYear.filter((p) => p.unit.id === unit.key);
      const received = mine.reduce((sum, p) => sum.plus(Decimal.from(p.receivedAmount.yuan)), Decimal.ZERO);
      const spent = mine.reduce((sum, p) => sum.plus(Decimal.from(p.spentAmount.yuan)), Decimal.ZERO);
      expect(unit.previous?.executionRate?.percent ?? null, unit.name).toBe(received.isZero() ? null : percentOf(spent, received));
    }

    const midYear = await rankings(`fiscalYear: ${year}, asOf: "${year}-06-30"`);
    expect(midYear).toMatchObject({ months: 6, provisional: true, asOf: `${year}-06-30` });
    const compared = midYear.units.filter((u) => u.previous?.executionRate);
    expect(compared.length).toBeGreaterThan(0);
    for (const unit of compared) {
      const atYearEnd = closed.units.find((u) => u.key === unit.key)?.previous?.executionRate?.percent ?? 'NaN';
      // Paid by 30 June is at most what was paid by 31 December.
      expect(Decimal.from(unit.previous?.executionRate?.percent ?? 'NaN').lte(Decimal.from(atYearEnd)), unit.name).toBe(true);
    }
    expect(compared.some((u) => u.previous?.executionRate?.percent !== closed.units.find((c) => c.key === u.key)?.previous?.executionRate?.percent)).toBe(true);
  });

  it('labels the prefecture’s own units as such (ownUnits) beside its counties, in the rankings and the overview', async () => {
    const year = years[0] ?? 0;
    const answer = await rankings(`fiscalYear: ${year}`);
    const overview = await app.gql<{ dashboardOverview: { byRegion: { regionCode: string; ownUnits: boolean; summary: { projectCount: number } }[] } }>(
      `{ dashboardOverview(fiscalYear: ${year}) { byRegion { regionCode ownUnits summary { projectCount } } } }`,
      {},
      token,
    );
    const codes = answer.regions.map((r) => r.key);
    const parents = codes.filter((code) => codes.some((other) => other !== code && other.startsWith(code.replace(/(00)+$/, ''))));
    expect(parents.length).toBeGreaterThan(0);
    expect(answer.regions.filter((r) => r.ownUnits).map((r) => r.key)).toEqual(parents);
    expect(overview.data?.dashboardOverview.byRegion.filter((r) => r.ownUnits).map((r) => r.regionCode)).toEqual(parents);
    for (const region of answer.regions) {
      // A region row counts its own units only, never the counties below it.
      expect(region.current.projectCount).toBe(all.filter((p) => p.fiscalYear === year && p.region.code === region.key).length);
    }
    // Narrowed to one county, nothing is listed below it: no row stands for 本级 alone.
    const county = codes.find((code) => !parents.includes(code)) ?? '';
    expect((await rankings(`fiscalYear: ${year}, regionCode: "${county}"`)).regions.map((r) => [r.key, r.ownUnits])).toEqual([[county, false]]);
  });

  it('ranks only what the caller may read, and refuses without a session or with a bad argument', async () => {
    const staff = await rankings('', await app.login('edu-staff'));
    expect(staff.units).toHaveLength(1);
    expect(staff.units[0]?.name).toBe('昌吉州教育局');
    const fukang = await rankings('', await app.login('leader-fukang'));
    expect(fukang.regions.map((r) => r.key)).toEqual(['652302']);

    const anonymous = await app.gql(`{ rankings { fiscalYear } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const badDate = await app.gql(`{ rankings(asOf: "2023-02-30") { fiscalYear } }`, {}, token);
    expect(badDate.errors?.[0]).toMatchObject({ message: expect.stringContaining('日期'), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('flags blue only where a counted indicator runs far ahead, not every project of a year (rates are not prorated)', async () => {
    for (const year of years) {
      const overview = await app.gql<{ dashboardOverview: { totals: { projectCount: number }; alertCounts: { blue: number } } }>(
        `{ dashboardOverview(fiscalYear: ${year}) { totals { projectCount } alertCounts { blue } } }`,
        {},
        token,
      );
      const answer = overview.data?.dashboardOverview;
      // A year holding only the hand-transcribed sample (2022) has no synthetic set to judge.
      if ((answer?.totals.projectCount ?? 0) <= 1) continue;
      expect(answer?.alertCounts.blue ?? Infinity, String(year)).toBeLessThan(answer?.totals.projectCount ?? 0);
    }
  });
});
