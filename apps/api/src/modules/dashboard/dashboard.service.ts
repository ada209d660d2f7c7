import {
  Decimal,
  NATIONAL_GRADE_BANDS,
  executionAlert,
  formatIsoDate,
  parseIsoDate,
  timeProgress,
  type PlainDate,
  type Ratio,
} from '@jixiao/core';
import { Inject, Injectable } from '@nestjs/common';
import { and, desc, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import { inRegion, projectScope } from '../../auth/policy/project-scope.js';
import type { RequestContext } from '../../auth/request-context.js';
import { Clock } from '../../common/clock.js';
import { Money } from '../../common/models/money.model.js';
import { Rate } from '../../common/models/rate.model.js';
import { requireRegionCode } from '../../common/validation/ids.js';
import { requireDate, requireFiscalYear } from '../../common/validation/text.js';
import { DB, type Db } from '../../database/database.types.js';
import { indicators, projects, regions, units } from '../../database/schema/index.js';
import { executionAlertColourSql } from '../monitoring/execution-alert.sql.js';
import { monitoringDate } from '../monitoring/monitoring-date.js';
import { AlertColour, Grade, isGrade } from '../projects/models/enums.js';
import type { DashboardOverview, ExecutionSummary, GradeCount } from './models/dashboard-overview.model.js';

interface Sums {
  projectCount: number;
  budgetAmount: Decimal;
  adjustedBudgetAmount: Decimal;
  receivedAmount: Decimal;
  spentAmount: Decimal;
}

const DEVIATIONS_SHOWN = 10;

/** The dashboard overview as a handful of aggregate queries over the denormalised project totals. */
@Injectable()
export class DashboardService {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async overview(ctx: RequestContext, fiscalYear: number, regionCode: string | undefined, asOf: string | undefined): Promise<DashboardOverview> {
    requireFiscalYear('fiscalYear', fiscalYear);
    const scope = and(
      projectScope(ctx, 'read'),
      eq(projects.fiscalYear, fiscalYear),
      regionCode === undefined ? undefined : inRegion(projects.regionCode, requireRegionCode('regionCode', regionCode)),
    );
    const today = this.clock.today();
    const date = asOf === undefined ? await this.latestStatedDate(scope, fiscalYear, today) : parseIsoDate(requireDate('asOf', asOf, '日期'));
    if (!date) throw new Error('unreachable: asOf was validated');
    const progress = timeProgress(date, fiscalYear, 'month');

    const [unitRows, alertRows, gradeRows, deviationRows] = await Promise.all([
      this.db
        .select({
          unitId: units.id,
          unitName: units.name,
          regionCode: units.regionCode,
          regionName: regions.name,
          projectCount: sql<number>`count(*)::int`,
          budgetAmount: sql<string>`sum(${projects.budgetAmount})`,
          adjustedBudgetAmount: sql<string>`sum(${projects.adjustedBudgetAmount})`,
          receivedAmount: sql<string>`sum(${projects.receivedAmount})`,
          spentAmount: sql<string>`sum(${projects.spentAmount})`,
        })
        .from(projects)
        .innerJoin(units, eq(units.id, projects.unitId))
        .innerJoin(regions, eq(regions.code, units.regionCode))
        .where(scope)
        .groupBy(units.id, units.name, units.regionCode, regions.name),
      this.db
        .select({ colour: executionAlertColourSql(today), count: sql<number>`count(*)::int` })
        .from(projects)
        .where(scope)
        .groupBy(sql`1`),
      this.db.select({ grade: projects.grade, count: sql<number>`count(*)::int` }).from(projects).where(scope).groupBy(projects.grade),
      this.db
        .select({
          projectId: projects.id,
          projectName: projects.name,
          unitName: units.name,
          indicatorId: indicators.id,
          indicatorName: indicators.name,
          target: indicators.target,
          actual: indicators.actual,
          deviationRate: sql<string>`${indicators.deviationRate}`,
        })
        .from(indicators)
        .innerJoin(projects, eq(projects.id, indicators.projectId))
        .innerJoin(units, eq(units.id, projects.unitId))
        .where(and(scope, isNotNull(indicators.deviationRate)))
        .orderBy(desc(sql`abs(${indicators.deviationRate})`), indicators.id)
        .limit(DEVIATIONS_SHOWN),
    ]);

    const summary = (sums: Sums): ExecutionSummary => summarise(sums, progress);
    const byRegion = new Map<string, { regionName: string; sums: Sums }>();
    const total = emptySums();
    const byUnit = unitRows.map((row) => {
      const sums = toSums(row);
      add(total, sums);
      const region = byRegion.get(row.regionCode) ?? { regionName: row.regionName, sums: emptySums() };
      add(region.sums, sums);
      byRegion.set(row.regionCode, region);
      return { unitId: row.unitId, unitName: row.unitName, regionCode: row.regionCode, summary: summary(sums), rate: rateOf(sums) };
    });
    byUnit.sort((a, b) => compareRates(a.rate, b.rate) || a.unitName.localeCompare(b.unitName, 'zh'));

    return {
      fiscalYear,
      regionCode: regionCode ?? null,
      asOf: formatIsoDate(date),
      timeProgress: Rate.of(progress),
      totals: summary(total),
      byUnit: byUnit.map(({ rate: _rate, ...unit }) => unit),
      byRegion: [...byRegion.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, region]) => ({ regionCode: code, regionName: region.regionName, summary: summary(region.sums) })),
      alertCounts: {
        red: countOf(alertRows, 'red'),
        amber: countOf(alertRows, 'amber'),
        green: countOf(alertRows, 'green'),
        none: countOf(alertRows, null),
      },
      gradeDistribution: gradeDistribution(gradeRows),
      largestDeviations: deviationRows.map((row) => ({ ...row, deviationRate: Rate.of(Decimal.from(row.deviationRate).dividedBy(Decimal.ONE)) })),
    };
  }

  /** The latest 截至 date the year's projects state, else today (at most 31 December). */
  private async latestStatedDate(scope: SQL | undefined, fiscalYear: number, today: PlainDate): Promise<PlainDate> {
    const [row] = await this.db.select({ latest: sql<string | null>`max(${projects.asOf})::text` }).from(projects).where(scope);
    return monitoringDate(row?.latest ?? null, fiscalYear, today);
  }
}

function toSums(row: { projectCount: number; budgetAmount: string; adjustedBudgetAmount: string; receivedAmount: string; spentAmount: string }): Sums {
  return {
    projectCount: row.projectCount,
    budgetAmount: Decimal.from(row.budgetAmount),
    adjustedBudgetAmount: Decimal.from(row.adjustedBudgetAmount),
    receivedAmount: Decimal.from(row.receivedAmount),
    spentAmount: Decimal.from(row.spentAmount),
  };
}

function emptySums(): Sums {
  return { projectCount: 0, budgetAmount: Decimal.ZERO, adjustedBudgetAmount: Decimal.ZERO, receivedAmount: Decimal.ZERO, spentAmount: Decimal.ZERO };
}

function add(into: Sums, sums: Sums): void {
  into.projectCount += sums.projectCount;
  into.budgetAmount = into.budgetAmount.plus(sums.budgetAmount);
  into.adjustedBudgetAmount = into.adjustedBudgetAmount.plus(sums.adjustedBudgetAmount);
  into.receivedAmount = into.receivedAmount.plus(sums.receivedAmount);
  into.spentAmount = into.spentAmount.plus(sums.spentAmount);
}

function rateOf(sums: Sums): Ratio | undefined {
  return sums.receivedAmount.isZero() ? undefined : sums.spentAmount.dividedBy(sums.receivedAmount);
}

function summarise(sums: Sums, progress: Ratio): ExecutionSummary {
  const rate = rateOf(sums);
  return {
    projectCount: sums.projectCount,
    budgetAmount: Money.of(sums.budgetAmount),
    adjustedBudgetAmount: Money.of(sums.adjustedBudgetAmount),
    receivedAmount: Money.of(sums.receivedAmount),
    spentAmount: Money.of(sums.spentAmount),
    executionRate: rate ? Rate.of(rate) : null,
    alertColour: rate ? AlertColour[executionAlert(rate, progress).colour] : null,
  };
}

/** Units with nothing received sort last. */
function compareRates(a: Ratio | undefined, b: Ratio | undefined): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return a.compare(b);
}

function countOf(rows: readonly { colour: string | null; count: number }[], colour: string | null): number {
  return rows.find((row) => row.colour === colour)?.count ?? 0;
}

/** Every grade of the national bands (zero counts included) and the unscored. */
function gradeDistribution(rows: readonly { grade: string | null; count: number }[]): GradeCount[] {
  const counts: GradeCount[] = NATIONAL_GRADE_BANDS.map((band) => ({
    grade: Grade[band.grade],
    label: band.label,
    count: rows.find((row) => row.grade === band.grade)?.count ?? 0,
  }));
  const unscored = rows.filter((row) => !isGrade(row.grade)).reduce((sum, row) => sum + row.count, 0);
  return [...counts, { grade: null, label: '未评价', count: unscored }];
}
