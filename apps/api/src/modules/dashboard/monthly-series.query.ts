import { Decimal, monthEnd, monthlyExecution, type MonthlyExecution } from '@jixiao/core';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { inRegion } from '../../auth/policy/project-scope.js';
import type { Db } from '../../database/database.types.js';
import { payments, projects, unitYearMonthlySpending, unitYearTotals } from '../../database/schema/index.js';

interface YearSums {
  readonly received: Map<number, string>;
  readonly spent: readonly { fiscalYear: number; month: number; spentAmount: string }[];
}

type CacheTable = typeof unitYearTotals | typeof unitYearMonthlySpending;

/**
 * The monthly execution curves of some fiscal years over the caller's projects, from the per
 * unit-year caches: 实际到位 per year from unit_year_totals and 实际支付 per month from
 * unit_year_monthly_spending (a dozen rows per unit and year), summed in SQL.
 */
export async function monthlySeriesFromCaches(
  db: Db,
  scopeOf: (table: CacheTable) => SQL | undefined,
  fiscalYears: readonly number[],
  regionCode: string | undefined,
): Promise<MonthlyExecution[]> {
  const where = (table: CacheTable) =>
    and(scopeOf(table), inArray(table.fiscalYear, [...fiscalYears]), regionCode === undefined ? undefined : inRegion(table.regionCode, regionCode));
  const [received, spent] = await Promise.all([
    db
      .select({ fiscalYear: unitYearTotals.fiscalYear, receivedAmount: sql<string>`sum(${unitYearTotals.receivedAmount})::text` })
      .from(unitYearTotals)
      .where(where(unitYearTotals))
      .groupBy(unitYearTotals.fiscalYear),
    db
      .select({
        fiscalYear: unitYearMonthlySpending.fiscalYear,
        month: unitYearMonthlySpending.month,
        spentAmount: sql<string>`sum(${unitYearMonthlySpending.spentAmount})::text`,
      })
      .from(unitYearMonthlySpending)
      .where(where(unitYearMonthlySpending))
      .groupBy(unitYearMonthlySpending.fiscalYear, unitYearMonthlySpending.month),
  ]);
  return curves(fiscalYears, { received: new Map(received.map((r) => [r.fiscalYear, r.receivedAmount])), spent });
}

/** The same curves from the projects and payments themselves, for scopes that are not units (evaluators). */
export async function monthlySeriesFromProjects(db: Db, scope: SQL | undefined, fiscalYears: readonly number[]): Promise<MonthlyExecution[]> {
  const where = and(scope, inArray(projects.fiscalYear, [...fiscalYears]));
  const month = sql<number>`extract(month from ${payments.date})::int`;
  const [received, spent] = await Promise.all([
    db
      .select({ fiscalYear: projects.fiscalYear, receivedAmount: sql<string>`sum(${projects.receivedAmount})::text` })
      .from(projects)
      .where(where)
      .groupBy(projects.fiscalYear),
    db
      .select({ fiscalYear: projects.fiscalYear, month, spentAmount: sql<string>`sum(${payments.amount})::text` })
      .from(payments)
      .innerJoin(projects, eq(projects.id, payments.projectId))
      .where(and(where, sql`extract(year from ${payments.date}) = ${projects.fiscalYear}`))
      .groupBy(projects.fiscalYear, month),
  ]);
  return curves(fiscalYears, { received: new Map(received.map((r) => [r.fiscalYear, r.receivedAmount])), spent });
}

/** One curve per year by the core's monthlyExecution, each month's sum standing as one payment. */
function curves(fiscalYears: readonly number[], sums: YearSums): MonthlyExecution[] {
  return fiscalYears.map((fiscalYear) =>
    monthlyExecution(
      sums.spent
        .filter((row) => row.fiscalYear === fiscalYear)
        .map((row) => ({ date: monthEnd(fiscalYear, Number(row.month)), amount: Decimal.from(row.spentAmount), category: '合计' })),
      fiscalYear,
      Decimal.from(sums.received.get(fiscalYear) ?? '0'),
      'month',
    ),
  );
}
