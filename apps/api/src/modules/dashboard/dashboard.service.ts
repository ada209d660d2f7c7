import {
  Decimal,
  NATIONAL_GRADE_BANDS,
  executionAlert,
  formatIsoDate,
  parseIsoDate,
  timeProgress,
  type Ratio,
} from '@jixiao/core';
import { Inject, Injectable } from '@nestjs/common';
import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { inRegion, projectScope, unitRowsScope } from '../../auth/policy/project-scope.js';
import type { RequestContext } from '../../auth/request-context.js';
import { Clock } from '../../common/clock.js';
import { Money } from '../../common/models/money.model.js';
import { Rate } from '../../common/models/rate.model.js';
import { requireRegionCode } from '../../common/validation/ids.js';
import { requireDate, requireFiscalYear } from '../../common/validation/text.js';
import { DB, type Db } from '../../database/database.types.js';
import { indicators, projects, unitYearTotals, units } from '../../database/schema/index.js';
import { monitoringDate } from '../monitoring/monitoring-date.js';
import { executionPoints } from '../monitoring/monitoring.presenter.js';
import { AlertColour, Grade } from '../projects/models/enums.js';
import type { DashboardOverview, ExecutionSummary, GradeCount } from './models/dashboard-overview.model.js';
import { monthlySeriesFromCaches, monthlySeriesFromProjects } from './monthly-series.query.js';
import { ownUnitsRegions } from './own-units.js';
import { unitRowsFromCaches, unitRowsFromProjects } from './unit-rows.query.js';

interface Sums {
  projectCount: number;
  budgetAmount: Decimal;
  adjustedBudgetAmount: Decimal;
  receivedAmount: Decimal;
  spentAmount: Decimal;
}

const DEVIATIONS_SHOWN = 10;

/**
 * The dashboard overview: sums by unit (from the per unit-year caches, or the projects for an
 * evaluator) and the largest deviations (an index walk), assembled with the core's alert rule.
 */
@Injectable()
export class DashboardService {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Years with projects in the caller's read scope, newest first: from the unit-year caches when the scope is by unit. */
  async fiscalYears(ctx: RequestContext, regionCode: string | undefined): Promise<number[]> {
    const region = regionCode === undefined ? undefined : requireRegionCode('regionCode', regionCode);
    const byUnits = unitRowsScope(ctx, unitYearTotals);
    const rows =
      byUnits !== undefined
        ? await this.db
            .selectDistinct({ fiscalYear: unitYearTotals.fiscalYear })
            .from(unitYearTotals)
            .where(and(byUnits, region === undefined ? undefined : inRegion(unitYearTotals.regionCode, region)))
            .orderBy(desc(unitYearTotals.fiscalYear))
        : await this.db
            .selectDistinct({ fiscalYear: projects.fiscalYear })
            .from(projects)
            .where(and(projectScope(ctx, 'read'), region === undefined ? undefined : inRegion(projects.regionCode, region)))
            .orderBy(desc(projects.fiscalYear));
    return rows.map((row) => row.fiscalYear);
  }

  async overview(ctx: RequestContext, year: number | undefined, regionCode: string | undefined, asOf: string | undefined): Promise<DashboardOverview> {
    const fiscalYear = year === undefined ? ((await this.fiscalYears(ctx, regionCode))[0] ?? this.clock.today().year) : requireFiscalYear('fiscalYear', year);
    const readable = and(
      projectScope(ctx, 'read'),
      regionCode === undefined ? undefined : inRegion(projects.regionCode, requireRegionCode('regionCode', regionCode)),
    );
    const scope = and(readable, eq(projects.fiscalYear, fiscalYear));
    const years = [fiscalYear, fiscalYear - 1];
    const requested = asOf === undefined ? undefined : parseIsoDate(requireDate('asOf', asOf, '日期'));
    const today = this.clock.today();

    // Units bound every scope but an evaluator's (assigned projects): read the caches when they can.
    const byUnits = unitRowsScope(ctx, unitYearTotals) !== undefined;
    const [unitRows, series, deviationRows] = await Promise.all([
      byUnits
        ? unitRowsFromCaches(this.db, (table) => unitRowsScope(ctx, table), fiscalYear, regionCode, today)
        : unitRowsFromProjects(this.db, scope, today),
      byUnits
        ? monthlySeriesFromCaches(this.db, (table) => unitRowsScope(ctx, table), years, regionCode)
        : monthlySeriesFromProjects(this.db, readable, years),
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
        // Matches the partial index indicators_abs_deviation_idx, which yields the largest first.
        .where(and(scope, isNotNull(indicators.deviationRate)))
        .orderBy(desc(sql`abs(${indicators.deviationRate})`))
        .limit(DEVIATIONS_SHOWN),
    ]);

    const latest = unitRows.reduce<string | null>((max, row) => (row.latestAsOf !== null && (max === null || row.latestAsOf > max) ? row.latestAsOf : max), null);
    const date = requested ?? monitoringDate(latest, fiscalYear, today);
    const progress = timeProgress(date, fiscalYear, 'month');
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
    const ownUnits = ownUnitsRegions(byRegion.keys());

    return {
      fiscalYear,
      regionCode: regionCode ?? null,
      asOf: formatIsoDate(date),
      timeProgress: Rate.of(progress),
      totals: summary(total),
      byUnit: byUnit.map(({ rate: _rate, ...unit }) => unit),
      byRegion: [...byRegion.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, region]) => ({ regionCode: code, regionName: region.regionName, ownUnits: ownUnits.has(code), summary: summary(region.sums) })),
      alertCounts: {
        red: sumOf(unitRows, 'red'),
        amber: sumOf(unitRows, 'amber'),
        green: sumOf(unitRows, 'green'),
        none: total.projectCount - sumOf(unitRows, 'red') - sumOf(unitRows, 'amber') - sumOf(unitRows, 'green'),
        blue: sumOf(unitRows, 'blue'),
      },
      executionSeries: series.map((curve) => ({ fiscalYear: curve.fiscalYear, receivedAmount: Money.of(curve.receivedAmount), points: executionPoints(curve) })),
      gradeDistribution: gradeDistribution(unitRows, total.projectCount),
      largestDeviations: deviationRows.map((row) => ({ ...row, deviationRate: Rate.of(Decimal.from(row.deviationRate).dividedBy(Decimal.ONE)) })),
    };
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

type CountColumn = 'red' | 'amber' | 'green' | 'blue' | 'excellent' | 'good' | 'fair' | 'poor';

function sumOf(rows: readonly Record<CountColumn, number>[], column: CountColumn): number {
  return rows.reduce((sum, row) => sum + row[column], 0);
}

/** Every grade of the national bands (zero counts included) and the unscored. */
function gradeDistribution(rows: readonly Record<CountColumn, number>[], projectCount: number): GradeCount[] {
  const counts: GradeCount[] = NATIONAL_GRADE_BANDS.map((band) => ({ grade: Grade[band.grade], label: band.label, count: sumOf(rows, band.grade) }));
  const scored = counts.reduce((sum, c) => sum + c.count, 0);
  return [...counts, { grade: null, label: '未评价', count: projectCount - scored }];
}
