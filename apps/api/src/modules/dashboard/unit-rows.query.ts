import type { PlainDate } from '@jixiao/core';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { inRegion } from '../../auth/policy/project-scope.js';
import type { Db } from '../../database/database.types.js';
import { projects, regions, unitYearAlertBuckets, unitYearIndicatorBuckets, unitYearTotals, units } from '../../database/schema/index.js';
import { completedMonths } from '../analysis/project-analysis.js';
import { executionAlertColourSql, hasIndicatorColourSql } from '../monitoring/execution-alert.sql.js';

type CacheTable = typeof unitYearTotals | typeof unitYearAlertBuckets | typeof unitYearIndicatorBuckets;

/** One unit's projects of a year, summed: what every part of the overview is built from. */
export interface UnitRow {
  readonly unitId: string;
  readonly unitName: string;
  readonly regionCode: string;
  readonly regionName: string;
  readonly projectCount: number;
  readonly budgetAmount: string;
  readonly adjustedBudgetAmount: string;
  readonly receivedAmount: string;
  readonly spentAmount: string;
  readonly latestAsOf: string | null;
  red: number;
  amber: number;
  green: number;
  /** Projects with at least one indicator far ahead of time progress (blue) at their monitoring date. */
  blue: number;
  readonly excellent: number;
  readonly good: number;
  readonly fair: number;
  readonly poor: number;
}

/**
 * From the per unit-year caches (unit-year-stats.ts): 25 rows of sums and a few dozen alert
 * buckets per year, whatever the number of projects. `scopeOf` gives the caller's row scope over
 * either cache (policy/project-scope.ts `unitRowsScope`).
 */
export async function unitRowsFromCaches(
  db: Db,
  scopeOf: (table: CacheTable) => SQL | undefined,
  fiscalYear: number,
  regionCode: string | undefined,
  today: PlainDate,
): Promise<UnitRow[]> {
  const where = (table: CacheTable) =>
    and(scopeOf(table), eq(table.fiscalYear, fiscalYear), regionCode === undefined ? undefined : inRegion(table.regionCode, regionCode));
  const [totals, buckets, indicatorBuckets] = await Promise.all([
    db
      .select({
        unitId: units.id,
        unitName: units.name,
        regionCode: units.regionCode,
        regionName: regions.name,
        projectCount: unitYearTotals.projectCount,
        budgetAmount: unitYearTotals.budgetAmount,
        adjustedBudgetAmount: unitYearTotals.adjustedBudgetAmount,
        receivedAmount: unitYearTotals.receivedAmount,
        spentAmount: unitYearTotals.spentAmount,
        latestAsOf: unitYearTotals.latestAsOf,
        excellent: unitYearTotals.excellent,
        good: unitYearTotals.good,
        fair: unitYearTotals.fair,
        poor: unitYearTotals.poor,
      })
      .from(unitYearTotals)
      .innerJoin(units, eq(units.id, unitYearTotals.unitId))
      .innerJoin(regions, eq(regions.code, units.regionCode))
      .where(where(unitYearTotals)),
    db.select().from(unitYearAlertBuckets).where(where(unitYearAlertBuckets)),
    db.select().from(unitYearIndicatorBuckets).where(where(unitYearIndicatorBuckets)),
  ]);
  const rows = new Map(totals.map((row) => [row.unitId, { ...row, red: 0, amber: 0, green: 0, blue: 0 }]));
  // The same rule as executionAlertColourSql, over the buckets instead of the projects.
  const todayMonths = fiscalYear < today.year ? 12 : fiscalYear > today.year ? 0 : completedMonths(today, today.year);
  for (const bucket of buckets) {
    const row = rows.get(bucket.unitId);
    if (!row || bucket.redFromMonths === null || bucket.amberFromMonths === null) continue;
    const months = bucket.asOfMonths ?? todayMonths;
    const colour = months >= bucket.redFromMonths ? 'red' : months >= bucket.amberFromMonths ? 'amber' : 'green';
    row[colour] += bucket.projectCount;
  }
  // The same rule as hasIndicatorColourSql: bit m of the blue months.
  for (const bucket of indicatorBuckets) {
    const row = rows.get(bucket.unitId);
    const months = bucket.asOfMonths ?? todayMonths;
    if (row && ((bucket.blueMonths >> months) & 1) === 1) row.blue += bucket.projectCount;
  }
  return [...rows.values()];
}

/** From the projects themselves, for callers whose scope is not a set of units (evaluators). */
export async function unitRowsFromProjects(db: Db, scope: SQL | undefined, today: PlainDate): Promise<UnitRow[]> {
  const perProject = db
    .select({
      unitId: projects.unitId,
      budgetAmount: projects.budgetAmount,
      adjustedBudgetAmount: projects.adjustedBudgetAmount,
      receivedAmount: projects.receivedAmount,
      spentAmount: projects.spentAmount,
      grade: projects.grade,
      asOf: projects.asOf,
      colour: sql<string | null>`${executionAlertColourSql(today)}`.as('colour'),
      blue: sql<boolean>`${hasIndicatorColourSql('blue', today)}`.as('blue'),
    })
    .from(projects)
    .where(scope)
    .as('p');
  const count = (condition: SQL) => sql<number>`(count(*) filter (where ${condition}))::int`;
  return db
    .select({
      unitId: units.id,
      unitName: units.name,
      regionCode: units.regionCode,
      regionName: regions.name,
      projectCount: sql<number>`count(*)::int`,
      budgetAmount: sql<string>`sum(${perProject.budgetAmount})`,
      adjustedBudgetAmount: sql<string>`sum(${perProject.adjustedBudgetAmount})`,
      receivedAmount: sql<string>`sum(${perProject.receivedAmount})`,
      spentAmount: sql<string>`sum(${perProject.spentAmount})`,
      latestAsOf: sql<string | null>`max(${perProject.asOf})::text`,
      red: count(sql`${perProject.colour} = 'red'`),
      amber: count(sql`${perProject.colour} = 'amber'`),
      green: count(sql`${perProject.colour} = 'green'`),
      blue: count(sql`${perProject.blue}`),
      excellent: count(sql`${perProject.grade} = 'excellent'`),
      good: count(sql`${perProject.grade} = 'good'`),
      fair: count(sql`${perProject.grade} = 'fair'`),
      poor: count(sql`${perProject.grade} = 'poor'`),
    })
    .from(perProject)
    .innerJoin(units, eq(units.id, perProject.unitId))
    .innerJoin(regions, eq(regions.code, units.regionCode))
    .groupBy(units.id, units.name, units.regionCode, regions.name);
}
