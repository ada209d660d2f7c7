import { eq, like, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { projects, units } from '../../database/schema/index.js';
import type { RequestContext } from '../request-context.js';
import { Role } from '../role.js';

/**
 * The row scopes of the policy layer: SQL conditions, built from the request context, that every
 * query over project data includes. They are the only place that says which rows a role reaches.
 *
 * - read: admin and financeReviewer everything; leader their region and the regions below it;
 *   unitStaff their own unit; evaluator the projects they are assigned to.
 * - edit (projects, budgets, payments, indicators, import): admin everything; unitStaff their unit.
 * - evaluate (actuals, tiers, manual scores, scoring and submitting): admin and financeReviewer
 *   everything; unitStaff their unit (self-evaluation); evaluator their assignments.
 */
export type ProjectAction = 'read' | 'edit' | 'evaluate';

const NONE = sql`false`;
const ALL = sql`true`;

/** Which projects the caller may act on, as a condition over the `projects` table. */
export function projectScope(ctx: RequestContext, action: ProjectAction): SQL {
  const user = ctx.user;
  if (!user) return NONE;
  switch (user.role) {
    case Role.admin:
      return ALL;
    case Role.financeReviewer:
      return action === 'edit' ? NONE : ALL;
    case Role.leader:
      return action === 'read' && user.regionCode ? inRegion(projects.regionCode, user.regionCode) : NONE;
    case Role.unitStaff:
      return user.unitId ? eq(projects.unitId, user.unitId) : NONE;
    case Role.evaluator:
      return action === 'edit' ? NONE : assignedTo(user.id, projects.id);
  }
}

/** Which units the caller may see (their names are project data of sorts: staff see only their own). */
export function unitScope(ctx: RequestContext): SQL {
  const user = ctx.user;
  if (!user) return NONE;
  switch (user.role) {
    case Role.admin:
    case Role.financeReviewer:
      return ALL;
    case Role.leader:
      return user.regionCode ? inRegion(units.regionCode, user.regionCode) : NONE;
    case Role.unitStaff:
      return user.unitId ? eq(units.id, user.unitId) : NONE;
    case Role.evaluator:
      return sql`exists (select 1 from evaluator_assignments ea join projects p on p.id = ea.project_id
        where ea.user_id = ${user.id} and p.unit_id = ${units.id})`;
  }
}

/**
 * The read scope over rows that sum projects by unit (the dashboard's caches), or undefined when
 * the caller's projects cannot be told apart by unit and region (an evaluator's assignments): the
 * caller then reads the projects themselves.
 */
export function unitRowsScope(ctx: RequestContext, columns: { unitId: PgColumn; regionCode: PgColumn }): SQL | undefined {
  const user = ctx.user;
  if (!user) return NONE;
  switch (user.role) {
    case Role.admin:
    case Role.financeReviewer:
      return ALL;
    case Role.leader:
      return user.regionCode ? inRegion(columns.regionCode, user.regionCode) : NONE;
    case Role.unitStaff:
      return user.unitId ? eq(columns.unitId, user.unitId) : NONE;
    case Role.evaluator:
      return undefined;
  }
}

/**
 * A region and every region below it. GB/T 2260 codes nest by prefix: 650000 (province) ⊃ 652300
 * (prefecture) ⊃ 652301 (county), so the trailing pairs of zeros are dropped to get the prefix.
 */
export function inRegion(column: PgColumn, regionCode: string): SQL {
  return like(column, `${regionPrefix(regionCode)}%`);
}

export function regionPrefix(regionCode: string): string {
  let prefix = regionCode;
  while (prefix.length > 2 && prefix.endsWith('00')) prefix = prefix.slice(0, -2);
  return prefix;
}

function assignedTo(userId: string, projectId: PgColumn): SQL {
  return sql`exists (select 1 from evaluator_assignments ea where ea.user_id = ${userId} and ea.project_id = ${projectId})`;
}
