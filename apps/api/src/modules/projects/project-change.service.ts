import { Inject, Injectable } from '@nestjs/common';
import { eq } from 'drizzle-orm';
import { ProjectAccessService, type ProjectOwnership } from '../../auth/policy/project-access.service.js';
import type { ProjectAction } from '../../auth/policy/project-scope.js';
import type { RequestContext } from '../../auth/request-context.js';
import { ApiError, ApiErrorCode } from '../../common/errors/api-error.js';
import { requireId } from '../../common/validation/ids.js';
import { DB, type Db } from '../../database/database.types.js';
import { evaluations } from '../../database/schema/index.js';
import type { ProjectAnalysis } from '../analysis/project-analysis.js';
import type { Project } from './models/project.model.js';
import { ProjectQueryService } from './project-query.service.js';
import { refreshProject } from './project-writer.js';

export interface ChangeOptions {
  /** The change touches the evaluation (indicators, tiers, claims): refused once it is submitted. */
  readonly touchesEvaluation?: boolean;
  /** Checks the core's view of the changed project; throwing rolls the change back. */
  readonly verify?: (analysis: ProjectAnalysis) => void;
}

/**
 * The one path of every change to a stored project: in a transaction, check the caller's scope
 * and lock the project, apply the change, have the core validate and re-score the result, store
 * the totals. Any error rolls everything back; nothing is half-written.
 */
@Injectable()
export class ProjectChangeService {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly access: ProjectAccessService,
    private readonly query: ProjectQueryService,
  ) {}

  async change(
    ctx: RequestContext,
    projectId: string,
    action: ProjectAction,
    apply: (tx: Db, owner: ProjectOwnership) => Promise<void>,
    options: ChangeOptions = {},
  ): Promise<Project> {
    const id = requireId('projectId', projectId);
    await this.db.transaction(async (tx) => {
      const owner = await this.access.assert(ctx, id, action, tx, { lock: true });
      if (options.touchesEvaluation) await assertNotSubmitted(tx, id);
      await apply(tx, owner);
      const analysis = await refreshProject(tx, id);
      options.verify?.(analysis);
    });
    const project = await this.query.byId(ctx, id);
    if (!project) throw ApiError.notFound('项目');
    return project;
  }
}

async function assertNotSubmitted(db: Db, projectId: string): Promise<void> {
  const [row] = await db.select({ status: evaluations.status }).from(evaluations).where(eq(evaluations.projectId, projectId));
  if (row?.status === 'submitted') {
    throw new ApiError(ApiErrorCode.Conflict, '评价已提交，不能再修改指标或评分', { reason: 'evaluationSubmitted' });
  }
}
