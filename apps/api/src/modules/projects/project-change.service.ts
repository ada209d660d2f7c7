import { Inject, Injectable } from '@nestjs/common';
import { eq } from 'drizzle-orm';
import { ProjectAccessService, type ProjectOwnership } from '../../auth/policy/project-access.service.js';
import type { ProjectAction } from '../../auth/policy/project-scope.js';
import type { RequestContext } from '../../auth/request-context.js';
import { ApiError, ApiErrorCode } from '../../common/errors/api-error.js';
import { requireId } from '../../common/validation/ids.js';
import { DB, type Db } from '../../database/database.types.js';
import { projects } from '../../database/schema/index.js';
import type { ProjectAnalysis } from '../analysis/project-analysis.js';
import { diffFields } from '../history/field-diff.js';
import type { HistoryOperation } from '../history/history-operations.js';
import { appendChange } from '../history/history-writer.js';
import { historyFields } from '../history/project-history-fields.js';
import type { Project } from './models/project.model.js';
import type { ProjectAggregate } from './project-aggregate.js';
import { loadProjectAggregates } from './project-aggregate.repository.js';
import { ProjectQueryService } from './project-query.service.js';
import { refreshProject, type RefreshedProject } from './project-writer.js';

export interface ChangeRequest {
  readonly action: ProjectAction;
  /** The mutation, as 变更记录 names it. */
  readonly operation: HistoryOperation;
  /** The project version the caller's change was based on; another write since answers CONFLICT. */
  readonly expectedVersion: number;
  /** The change touches the evaluation (indicators, tiers, claims): refused once it is submitted. */
  readonly touchesEvaluation?: boolean;
  /** Why, recorded with the change (退回). */
  readonly reason?: string;
  /** Checks the core's view of the changed project; throwing rolls the change back. */
  readonly verify?: (analysis: ProjectAnalysis) => void;
  /** Runs after the re-score, before the history row, with the version the change produces. */
  readonly afterRefresh?: (tx: Db, refreshed: RefreshedProject, version: number) => Promise<void>;
}

export type ApplyChange = (tx: Db, owner: ProjectOwnership, before: ProjectAggregate) => Promise<void>;

/**
 * The one path of every change to a stored project: in a transaction, check the caller's scope
 * and lock the project, check the version the caller saw, apply the change, have the core
 * validate and re-score the result, store the totals, bump the version and append what changed
 * (field by field) to the history. Any error rolls everything back, history row included.
 */
@Injectable()
export class ProjectChangeService {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly access: ProjectAccessService,
    private readonly query: ProjectQueryService,
  ) {}

  async change(ctx: RequestContext, projectId: string, request: ChangeRequest, apply: ApplyChange): Promise<Project> {
    const id = requireId('projectId', projectId);
    const actor = ctx.requireUser;
    await this.db.transaction(async (tx) => {
      const owner = await this.access.assert(ctx, id, request.action, tx, { lock: true });
      const before = (await loadProjectAggregates(tx, [id])).get(id);
      if (!before) throw ApiError.notFound('项目');
      assertVersion(before.project.version, request.expectedVersion);
      if (request.touchesEvaluation && before.evaluation?.status === 'submitted') {
        throw new ApiError(ApiErrorCode.Conflict, '评价已提交，不能再修改指标或评分；如需修改，请财政复核人员先退回', {
          reason: 'evaluationSubmitted',
        });
      }
      await apply(tx, owner, before);
      const refreshed = await refreshProject(tx, id);
      request.verify?.(refreshed.analysis);
      const version = before.project.version + 1;
      await request.afterRefresh?.(tx, refreshed, version);
      const fields = diffFields(
        historyFields(before, { totalScore: before.project.totalScore, grade: before.project.grade }),
        historyFields(refreshed.aggregate, refreshed.scores),
      );
      // A write that changes nothing is no new version: other editors' versions stay current.
      if (fields.length === 0) return;
      await tx.update(projects).set({ version }).where(eq(projects.id, id));
      await appendChange(tx, { projectId: id, version, operation: request.operation, actor, reason: request.reason, fields });
    });
    const project = await this.query.byId(ctx, id);
    if (!project) throw ApiError.notFound('项目');
    return project;
  }
}

function assertVersion(current: number, expected: number): void {
  if (current === expected) return;
  throw new ApiError(
    ApiErrorCode.Conflict,
    `项目已被他人修改（您基于第 ${expected} 版，当前为第 ${current} 版）：请查看变更记录，刷新后再改`,
    { field: 'expectedVersion', reason: 'staleVersion', currentVersion: current },
  );
}
