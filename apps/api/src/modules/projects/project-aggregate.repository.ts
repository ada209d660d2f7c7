import { asc, eq, inArray } from 'drizzle-orm';
import { budgetLines, evaluationSnapshots, evaluations, expenses, indicators, payments, projects, regions, units } from '../../database/schema/index.js';
import type { Db } from '../../database/database.types.js';
import type { ProjectAggregate } from './project-aggregate.js';
import { projectRecordColumns } from './project-record.js';

/**
 * Loads whole projects by id, seven queries for any number of them (the request loaders batch the
 * ids of one request). No scope is applied here: callers pass ids they have already checked.
 */
export async function loadProjectAggregates(db: Db, ids: readonly string[]): Promise<Map<string, ProjectAggregate>> {
  const result = new Map<string, ProjectAggregate>();
  if (ids.length === 0) return result;
  const idList = [...ids];
  const [records, lines, paid, stated, measured, evaluated, frozen] = await Promise.all([
    db
      .select(projectRecordColumns)
      .from(projects)
      .innerJoin(units, eq(units.id, projects.unitId))
      .innerJoin(regions, eq(regions.code, projects.regionCode))
      .where(inArray(projects.id, idList)),
    db.select().from(budgetLines).where(inArray(budgetLines.projectId, idList)).orderBy(asc(budgetLines.fundSource)),
    db.select().from(payments).where(inArray(payments.projectId, idList)).orderBy(asc(payments.date), asc(payments.createdAt)),
    db.select().from(expenses).where(inArray(expenses.projectId, idList)).orderBy(asc(expenses.position)),
    db.select().from(indicators).where(inArray(indicators.projectId, idList)).orderBy(asc(indicators.position)),
    db.select().from(evaluations).where(inArray(evaluations.projectId, idList)),
    db
      .select({ snapshot: evaluationSnapshots })
      .from(evaluationSnapshots)
      .innerJoin(evaluations, eq(evaluations.snapshotId, evaluationSnapshots.id))
      .where(inArray(evaluations.projectId, idList)),
  ]);
  for (const record of records) {
    const id = record.project.id;
    result.set(id, {
      ...record,
      budgetLines: lines.filter((row) => row.projectId === id),
      payments: paid.filter((row) => row.projectId === id),
      expenses: stated.filter((row) => row.projectId === id),
      indicators: measured.filter((row) => row.projectId === id),
      evaluation: evaluated.find((row) => row.projectId === id),
      snapshot: frozen.find((row) => row.snapshot.projectId === id)?.snapshot,
    });
  }
  return result;
}
