import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../database/database.types.js';
import { payments, projects, unitYearAlertBuckets, unitYearIndicatorBuckets, unitYearMonthlySpending, unitYearTotals } from '../../database/schema/index.js';

export interface UnitYear {
  readonly unitId: string;
  readonly fiscalYear: number;
}

/**
 * Rewrites the dashboard's per unit-and-year caches from the projects, for the unit-years a write
 * touched. Call in the writing transaction, after the project rows are final. An advisory lock per
 * unit-year makes concurrent writers of one unit-year recompute one after the other, each seeing
 * the other's committed rows (READ COMMITTED gives every statement a fresh snapshot).
 */
export async function refreshUnitYearStats(db: Db, touched: readonly UnitYear[]): Promise<void> {
  const keys = [...new Map(touched.map((k) => [`${k.unitId}/${k.fiscalYear}`, k])).entries()].sort(([a], [b]) => a.localeCompare(b));
  if (keys.length === 0) return;
  for (const [key] of keys) await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`unit-year-stats/${key}`}))`);
  const pairs = sql.join(
    keys.map(([, k]) => sql`(${k.unitId}::uuid, ${k.fiscalYear}::int)`),
    sql`, `,
  );
  const inTotals = sql`(${unitYearTotals.unitId}, ${unitYearTotals.fiscalYear}) in (${pairs})`;
  const inBuckets = sql`(${unitYearAlertBuckets.unitId}, ${unitYearAlertBuckets.fiscalYear}) in (${pairs})`;
  const inIndicatorBuckets = sql`(${unitYearIndicatorBuckets.unitId}, ${unitYearIndicatorBuckets.fiscalYear}) in (${pairs})`;
  const inMonthly = sql`(${unitYearMonthlySpending.unitId}, ${unitYearMonthlySpending.fiscalYear}) in (${pairs})`;
  const inProjects: SQL = sql`(${projects.unitId}, ${projects.fiscalYear}) in (${pairs})`;
  await db.delete(unitYearTotals).where(inTotals);
  await db.delete(unitYearAlertBuckets).where(inBuckets);
  await db.delete(unitYearIndicatorBuckets).where(inIndicatorBuckets);
  await db.delete(unitYearMonthlySpending).where(inMonthly);
  await db.execute(sql`insert into ${unitYearTotals} select ${projects.unitId}, ${projects.fiscalYear}, ${projects.regionCode}, count(*)::int,
      sum(${projects.budgetAmount}), sum(${projects.adjustedBudgetAmount}), sum(${projects.receivedAmount}), sum(${projects.spentAmount}),
      max(${projects.asOf}),
      (count(*) filter (where ${projects.grade} = 'excellent'))::int, (count(*) filter (where ${projects.grade} = 'good'))::int,
      (count(*) filter (where ${projects.grade} = 'fair'))::int, (count(*) filter (where ${projects.grade} = 'poor'))::int
    from ${projects} where ${inProjects}
    group by ${projects.unitId}, ${projects.fiscalYear}, ${projects.regionCode}`);
  await db.execute(sql`insert into ${unitYearAlertBuckets} select ${projects.unitId}, ${projects.fiscalYear}, ${projects.regionCode},
      ${projects.asOfMonths}, ${projects.redFromMonths}, ${projects.amberFromMonths}, count(*)::int
    from ${projects} where ${inProjects}
    group by ${projects.unitId}, ${projects.fiscalYear}, ${projects.regionCode}, ${projects.asOfMonths}, ${projects.redFromMonths}, ${projects.amberFromMonths}`);
  await db.execute(sql`insert into ${unitYearIndicatorBuckets} select ${projects.unitId}, ${projects.fiscalYear}, ${projects.regionCode},
      ${projects.asOfMonths}, ${projects.indicatorBlueMonths}, count(*)::int
    from ${projects} where ${inProjects} and ${projects.indicatorBlueMonths} <> 0
    group by ${projects.unitId}, ${projects.fiscalYear}, ${projects.regionCode}, ${projects.asOfMonths}, ${projects.indicatorBlueMonths}`);
  // Payments inside the fiscal year only, as the core's monthlyExecution counts them.
  const month = sql`extract(month from ${payments.date})::smallint`;
  await db.execute(sql`insert into ${unitYearMonthlySpending} select ${projects.unitId}, ${projects.fiscalYear}, ${projects.regionCode},
      ${month}, sum(${payments.amount})
    from ${payments} join ${projects} on ${projects.id} = ${payments.projectId}
    where ${inProjects} and extract(year from ${payments.date}) = ${projects.fiscalYear}
    group by ${projects.unitId}, ${projects.fiscalYear}, ${projects.regionCode}, ${month}`);
}
