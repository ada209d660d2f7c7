import { Inject, Injectable } from '@nestjs/common';
import { and, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { inRegion, projectScope } from '../../auth/policy/project-scope.js';
import type { RequestContext } from '../../auth/request-context.js';
import { Clock } from '../../common/clock.js';
import { ApiError } from '../../common/errors/api-error.js';
import { isId, requireId, requireRegionCode } from '../../common/validation/ids.js';
import { DB, type Db } from '../../database/database.types.js';
import { projects, regions, units } from '../../database/schema/index.js';
import { executionAlertColourSql, hasIndicatorColourSql } from '../monitoring/execution-alert.sql.js';
import { ProjectSortField, SortDirection, type ProjectFilter, type ProjectsArgs } from './dto/projects.args.js';
import type { ProjectConnection } from './models/project-connection.model.js';
import type { Project } from './models/project.model.js';
import { decodeCursor, encodeCursor } from './project-cursor.js';
import { projectRecordColumns, toProjectModel } from './project-record.js';

interface SortDefinition {
  /** Never null, so that keyset comparisons work (unscored projects sort as -1). */
  readonly expression: SQL;
  readonly type: 'text' | 'integer' | 'numeric' | 'timestamptz';
}

const SORTS: Readonly<Record<ProjectSortField, SortDefinition>> = {
  [ProjectSortField.name]: { expression: sql`${projects.name}`, type: 'text' },
  [ProjectSortField.fiscalYear]: { expression: sql`${projects.fiscalYear}`, type: 'integer' },
  [ProjectSortField.budgetAmount]: { expression: sql`${projects.adjustedBudgetAmount}`, type: 'numeric' },
  [ProjectSortField.spentAmount]: { expression: sql`${projects.spentAmount}`, type: 'numeric' },
  [ProjectSortField.executionRate]: {
    expression: sql`coalesce(${projects.spentAmount} / nullif(${projects.receivedAmount}, 0), -1)`,
    type: 'numeric',
  },
  [ProjectSortField.totalScore]: { expression: sql`coalesce(${projects.totalScore}, -1)`, type: 'numeric' },
  [ProjectSortField.updatedAt]: { expression: sql`${projects.updatedAt}`, type: 'timestamptz' },
};

const MAX_FIRST = 100;
const MAX_TEXT = 100;

/** Reads projects for lists and search, always through the caller's read scope. */
@Injectable()
export class ProjectQueryService {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async list(ctx: RequestContext, args: ProjectsArgs): Promise<ProjectConnection> {
    if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_FIRST) {
      throw ApiError.badInput('first', 'outOfRange', `每页数量应在 1 到 ${MAX_FIRST} 之间`);
    }
    const field = args.sort?.field ?? ProjectSortField.fiscalYear;
    const direction = args.sort?.direction ?? (args.sort ? SortDirection.asc : SortDirection.desc);
    const sort = SORTS[field];
    const today = this.clock.today();
    const where = and(projectScope(ctx, 'read'), ...this.filterConditions(args.filter, today));
    const cursor = args.after === undefined ? undefined : decodeCursor(args.after, field);
    if (cursor && !isId(cursor.id)) throw ApiError.badInput('after', 'invalidCursor', '分页游标无效，请从第一页重新查询');
    const comparator = direction === SortDirection.asc ? sql.raw('>') : sql.raw('<');
    const after = cursor
      ? sql`(${sort.expression}, ${projects.id}) ${comparator} (cast(${cursor.value} as ${sql.raw(sort.type)}), ${cursor.id}::uuid)`
      : undefined;
    const order = sql.raw(direction);

    const rows = await this.db
      .select({ ...projectRecordColumns, sortKey: sql<string>`(${sort.expression})::text` })
      .from(projects)
      .innerJoin(units, eq(units.id, projects.unitId))
      .innerJoin(regions, eq(regions.code, projects.regionCode))
      .where(and(where, after))
      .orderBy(sql`${sort.expression} ${order}`, sql`${projects.id} ${order}`)
      .limit(args.first + 1);
    const [count] = await this.db
      .select({ count: sql<number>`count(*)::int` })
      .from(projects)
      .innerJoin(units, eq(units.id, projects.unitId))
      .where(where);

    const page = rows.slice(0, args.first);
    const last = page.at(-1);
    return {
      nodes: page.map((row) => toProjectModel(row, today)),
      pageInfo: {
        endCursor: last ? encodeCursor({ field, value: last.sortKey, id: last.project.id }) : null,
        hasNextPage: rows.length > args.first,
      },
      totalCount: count?.count ?? 0,
    };
  }

  async byId(ctx: RequestContext, id: string): Promise<Project | null> {
    if (!isId(id)) return null;
    const [row] = await this.db
      .select(projectRecordColumns)
      .from(projects)
      .innerJoin(units, eq(units.id, projects.unitId))
      .innerJoin(regions, eq(regions.code, projects.regionCode))
      .where(and(eq(projects.id, id), projectScope(ctx, 'read')));
    return row ? toProjectModel(row, this.clock.today()) : null;
  }

  /**
   * Finds projects by a partial or loosely typed name: the exact name first, then names starting
   * with it, then names containing it, then names containing its characters in order
   * (“综治经费” finds “综治工作经费”).
   */
  async search(ctx: RequestContext, name: string, fiscalYear: number | undefined, first: number): Promise<Project[]> {
    const text = name.trim();
    if (text === '') throw ApiError.badInput('name', 'empty', '请输入项目名称');
    if (text.length > MAX_TEXT) throw ApiError.badInput('name', 'tooLong', `项目名称不超过 ${MAX_TEXT} 个字`);
    if (first < 1 || first > MAX_FIRST) throw ApiError.badInput('first', 'outOfRange', `数量应在 1 到 ${MAX_FIRST} 之间`);
    const literal = escapeLike(text);
    const loose = `%${[...text.replace(/\s+/g, '')].map(escapeLike).join('%')}%`;
    const rank = sql`case
      when ${projects.name} = ${text} then 0
      when ${projects.name} ilike ${`${literal}%`} then 1
      when ${projects.name} ilike ${`%${literal}%`} then 2
      else 3 end`;
    const rows = await this.db
      .select(projectRecordColumns)
      .from(projects)
      .innerJoin(units, eq(units.id, projects.unitId))
      .innerJoin(regions, eq(regions.code, projects.regionCode))
      .where(
        and(
          projectScope(ctx, 'read'),
          fiscalYear === undefined ? undefined : eq(projects.fiscalYear, fiscalYear),
          ilike(projects.name, loose),
        ),
      )
      .orderBy(rank, sql`length(${projects.name})`, sql`${projects.fiscalYear} desc`, projects.id)
      .limit(first);
    const today = this.clock.today();
    return rows.map((row) => toProjectModel(row, today));
  }

  private filterConditions(filter: ProjectFilter | undefined, today: ReturnType<Clock['today']>): (SQL | undefined)[] {
    if (!filter) return [];
    const text = filter.text?.trim();
    if (text !== undefined && text.length > MAX_TEXT) throw ApiError.badInput('filter.text', 'tooLong', `搜索文字不超过 ${MAX_TEXT} 个字`);
    const pattern = text ? `%${escapeLike(text)}%` : undefined;
    return [
      filter.fiscalYear === undefined ? undefined : eq(projects.fiscalYear, filter.fiscalYear),
      filter.regionCode === undefined ? undefined : inRegion(projects.regionCode, requireRegionCode('filter.regionCode', filter.regionCode)),
      filter.unitId === undefined ? undefined : eq(projects.unitId, requireId('filter.unitId', filter.unitId)),
      filter.grade === undefined ? undefined : eq(projects.grade, filter.grade),
      filter.alertColour === undefined ? undefined : sql`${executionAlertColourSql(today)} = ${filter.alertColour}`,
      filter.indicatorAlertColour === undefined ? undefined : hasIndicatorColourSql(filter.indicatorAlertColour, today),
      pattern ? or(ilike(projects.name, pattern), ilike(projects.code, pattern), ilike(units.name, pattern)) : undefined,
    ];
  }
}

/** User text inside LIKE patterns matches literally. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
