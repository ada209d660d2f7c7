import { formatIsoDate, monthEnd } from '@jixiao/core';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../database/database.types.js';
import { evaluations, payments, projects, regions, units } from '../../database/schema/index.js';

/** One unit's projects of one year, summed for the rankings (amounts and scores as exact decimal text). */
export interface RankingRow {
  readonly unitId: string;
  readonly unitName: string;
  readonly regionCode: string;
  readonly regionName: string;
  readonly fiscalYear: number;
  readonly projectCount: number;
  readonly receivedAmount: string;
  readonly spentAmount: string;
  readonly latestAsOf: string | null;
  readonly scoredCount: number;
  readonly scoreSum: string | null;
  readonly claimedCount: number;
  readonly gapSum: string | null;
}

/**
 * Per unit and year (this year and last), over the projects the caller may read (`scope`): money,
 * the recomputed 总分 and, where the evaluation claims one, claimed − recomputed. Read from the
 * projects themselves (not the unit-year caches) so that every role, evaluators included, ranks
 * the same way.
 */
export function rankingRows(db: Db, scope: SQL | undefined, fiscalYears: readonly number[]): Promise<RankingRow[]> {
  const claimed = sql`${evaluations.claimedTotalScore} is not null and ${projects.totalScore} is not null`;
  return db
    .select({
      unitId: units.id,
      unitName: units.name,
      regionCode: units.regionCode,
      regionName: regions.name,
      fiscalYear: projects.fiscalYear,
      projectCount: sql<number>`count(*)::int`,
      receivedAmount: sql<string>`sum(${projects.receivedAmount})::text`,
      spentAmount: sql<string>`sum(${projects.spentAmount})::text`,
      latestAsOf: sql<string | null>`max(${projects.asOf})::text`,
      scoredCount: sql<number>`count(${projects.totalScore})::int`,
      scoreSum: sql<string | null>`sum(${projects.totalScore})::text`,
      claimedCount: sql<number>`(count(*) filter (where ${claimed}))::int`,
      gapSum: sql<string | null>`(sum(${evaluations.claimedTotalScore} - ${projects.totalScore}) filter (where ${claimed}))::text`,
    })
    .from(projects)
    .innerJoin(units, eq(units.id, projects.unitId))
    .innerJoin(regions, eq(regions.code, units.regionCode))
    .leftJoin(evaluations, eq(evaluations.projectId, projects.id))
    .where(and(scope, inArray(projects.fiscalYear, [...fiscalYears])))
    .groupBy(units.id, units.name, units.regionCode, regions.name, projects.fiscalYear);
}

/**
 * Per unit, what its projects of `fiscalYear` had paid by the end of month `months` (payments dated
 * in the year): last year's spending at this year's point, for a like-for-like 同比.
 */
export async function spentByMonth(db: Db, scope: SQL | undefined, fiscalYear: number, months: number): Promise<Map<string, string>> {
  if (months === 0) return new Map();
  const rows = await db
    .select({ unitId: projects.unitId, spentAmount: sql<string>`sum(${payments.amount})::text` })
    .from(payments)
    .innerJoin(projects, eq(projects.id, payments.projectId))
    .where(
      and(
        scope,
        eq(projects.fiscalYear, fiscalYear),
        sql`${payments.date} >= ${`${fiscalYear}-01-01`}::date and ${payments.date} <= ${formatIsoDate(monthEnd(fiscalYear, months))}::date`,
      ),
    )
    .groupBy(projects.unitId);
  return new Map(rows.map((row) => [row.unitId, row.spentAmount]));
}
