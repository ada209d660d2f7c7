import { Inject, Injectable } from '@nestjs/common';
import { and, eq, sql } from 'drizzle-orm';
import { ApiError } from '../../common/errors/api-error.js';
import { DB, type Db } from '../../database/database.types.js';
import { projects } from '../../database/schema/index.js';
import type { RequestContext } from '../request-context.js';
import { projectScope, type ProjectAction } from './project-scope.js';

export interface ProjectOwnership {
  readonly id: string;
  readonly unitId: string;
  readonly regionCode: string;
}

/** Checks one project against the row scopes before a change; answers its ownership columns. */
@Injectable()
export class ProjectAccessService {
  constructor(@Inject(DB) private readonly db: Db) {}

  /**
   * Throws NOT_FOUND when the caller cannot read the project (so its existence does not leak),
   * FORBIDDEN when they can read it but not perform `action`.
   */
  async assert(
    ctx: RequestContext,
    projectId: string,
    action: ProjectAction,
    db: Db = this.db,
    options: { lock?: boolean } = {},
  ): Promise<ProjectOwnership> {
    const query = db
      .select({
        id: projects.id,
        unitId: projects.unitId,
        regionCode: projects.regionCode,
        allowed: sql<boolean>`${projectScope(ctx, action)}`,
      })
      .from(projects)
      .where(and(eq(projects.id, projectId), projectScope(ctx, 'read')));
    // Inside a change's transaction, lock the row so that concurrent changes apply one by one.
    const [row] = options.lock ? await query.for('update', { of: projects }) : await query;
    if (!row) throw ApiError.notFound('项目');
    if (!row.allowed) throw ApiError.forbidden(action === 'edit' ? '无权修改该项目' : '无权评价该项目');
    return { id: row.id, unitId: row.unitId, regionCode: row.regionCode };
  }
}
