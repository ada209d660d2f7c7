import { and, count, desc, eq, gt, lt, type SQL } from 'drizzle-orm';
import { ApiError } from '../../common/errors/api-error.js';
import type { Db } from '../../database/database.types.js';
import { projectChanges } from '../../database/schema/index.js';
import { operationLabel } from './history-operations.js';
import type { ProjectChange, ProjectHistoryPage } from './models/project-change.model.js';

export const HISTORY_PAGE_MAX = 100;

export interface HistoryWindow {
  /** At most this many changes (1–100). */
  readonly first: number;
  /** Only changes older than this version (the next page). */
  readonly beforeVersion?: number | undefined;
  /** Only changes newer than this version (what others changed since a client's copy). */
  readonly sinceVersion?: number | undefined;
}

/** A project's changes, newest first. The caller has checked the project may be read. */
export async function projectHistory(db: Db, projectId: string, window: HistoryWindow): Promise<ProjectHistoryPage> {
  if (!Number.isInteger(window.first) || window.first < 1 || window.first > HISTORY_PAGE_MAX) {
    throw ApiError.badInput('first', 'outOfRange', `first 应在 1 到 ${HISTORY_PAGE_MAX} 之间`);
  }
  const conditions: SQL[] = [eq(projectChanges.projectId, projectId)];
  if (window.beforeVersion !== undefined) conditions.push(lt(projectChanges.version, version('beforeVersion', window.beforeVersion)));
  if (window.sinceVersion !== undefined) conditions.push(gt(projectChanges.version, version('sinceVersion', window.sinceVersion)));
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db.select().from(projectChanges).where(where).orderBy(desc(projectChanges.version)).limit(window.first + 1),
    db.select({ n: count() }).from(projectChanges).where(where),
  ]);
  return {
    nodes: rows.slice(0, window.first).map(toModel),
    hasMore: rows.length > window.first,
    totalCount: total?.n ?? 0,
  };
}

/** Every change of a project, newest first (the .xlsx export). */
export async function allProjectHistory(db: Db, projectId: string): Promise<ProjectChange[]> {
  const rows = await db.select().from(projectChanges).where(eq(projectChanges.projectId, projectId)).orderBy(desc(projectChanges.version));
  return rows.map(toModel);
}

function version(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > 2_147_483_647) throw ApiError.badInput(field, 'outOfRange', `${field} 应为非负整数版本号`);
  return value;
}

function toModel(row: typeof projectChanges.$inferSelect): ProjectChange {
  return {
    version: row.version,
    at: row.at,
    actorId: row.actorId,
    actorName: row.actorName,
    operation: row.action,
    operationLabel: operationLabel(row.action),
    reason: row.reason,
    fields: row.fields.map((f) => ({ field: f.field, label: f.label, before: f.before, after: f.after })),
  };
}
