import { Decimal, gradeOf } from '@jixiao/core';
import { Inject, Injectable } from '@nestjs/common';
import { eq, sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/request-context.js';
import { Role } from '../../auth/role.js';
import { ApiError, ApiErrorCode } from '../../common/errors/api-error.js';
import { pointsValue } from '../../common/validation/decimal-columns.js';
import { requireId } from '../../common/validation/ids.js';
import { requireText } from '../../common/validation/text.js';
import { DB, type Db } from '../../database/database.types.js';
import { evaluationSnapshots, evaluations, evaluatorAssignments, indicators, projects, users } from '../../database/schema/index.js';
import type { Project } from '../projects/models/project.model.js';
import { ProjectChangeService } from '../projects/project-change.service.js';
import { refreshProject } from '../projects/project-writer.js';
import type { ScoreEvaluationInput } from './dto/score-evaluation.input.js';
import { snapshotContent } from './evaluation-snapshot.js';
import { contentHash } from '../history/content-hash.js';

@Injectable()
export class EvaluationMutationService {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly changes: ProjectChangeService,
  ) {}

  /**
   * Records the evaluation's stated scores: each listed indicator's; an unlisted one keeps the
   * score it already states, or takes the core's when it states none. The total and grade given
   * replace; omitted, a stated one stays, else the total is the sum and the grade its band.
   */
  score(ctx: RequestContext, projectId: string, expectedVersion: number, input: ScoreEvaluationInput): Promise<Project> {
    const stated = new Map(input.scores.map((s, i) => [requireId(`input.scores[${i}].indicatorId`, s.indicatorId), pointsValue(`input.scores[${i}].score`, s.score)]));
    const grade = input.grade === undefined ? undefined : requireText('input.grade', input.grade, 10, '评级');
    const total = input.totalScore === undefined ? undefined : pointsValue('input.totalScore', input.totalScore);
    return this.changes.change(
      ctx,
      projectId,
      { action: 'evaluate', operation: 'scoreEvaluation', expectedVersion, touchesEvaluation: true },
      async (tx, owner, before) => {
        const { analysis } = await refreshProject(tx, owner.id);
        const card = analysis.report?.card;
        const framework = analysis.project.evaluation?.framework;
        if (!card || !framework || !before.evaluation) {
          throw new ApiError(ApiErrorCode.Conflict, '项目尚无评价指标，无法评分', { reason: 'noEvaluation' });
        }
        const rows = before.indicators;
        for (const id of stated.keys()) {
          if (!rows.some((row) => row.id === id)) throw ApiError.badInput('input.scores', 'unknownIndicator', `指标 ${id} 不属于该项目`);
        }
        let sum = Decimal.ZERO;
        for (const row of rows) {
          const computed = card.indicators[row.position];
          // An indicator no rule can score yet (a tier without its score) states nothing.
          const score = stated.get(row.id) ?? row.claimedScore ?? (computed?.outcome.ok ? computed.score.toString() : null);
          if (score !== null) sum = sum.plus(score);
          if (score !== row.claimedScore) await tx.update(indicators).set({ claimedScore: score, updatedAt: sql`now()` }).where(eq(indicators.id, row.id));
        }
        const claimedTotal = total ?? before.evaluation.claimedTotalScore ?? sum.toString();
        await tx
          .update(evaluations)
          .set({
            claimedTotalScore: claimedTotal,
            claimedGrade:
              grade ??
              (total === undefined ? before.evaluation.claimedGrade : null) ??
              gradeOf(Decimal.from(claimedTotal), framework.settings.gradeBands).label,
            updatedAt: sql`now()`,
          })
          .where(eq(evaluations.projectId, owner.id));
      },
    );
  }

  /**
   * Freezes the evaluation: stores its snapshot (inputs, results, hash) and marks it submitted.
   * Refused while the audit reports errors: they must be fixed or explained first. `alongside`
   * runs in the same transaction (the lifecycle's 提交自评 moves the year's stage with it).
   */
  submit(ctx: RequestContext, projectId: string, expectedVersion: number, alongside?: (tx: Db) => Promise<void>): Promise<Project> {
    const submittedBy = ctx.requireUser.id;
    return this.changes.change(
      ctx,
      projectId,
      {
        action: 'evaluate',
        operation: 'submitEvaluation',
        expectedVersion,
        touchesEvaluation: true,
        verify: (analysis) => {
          const errors = (analysis.report?.findings ?? []).filter((f) => f.severity === 'error');
          if (errors.length > 0) {
            throw new ApiError(ApiErrorCode.Conflict, `审核发现 ${errors.length} 个错误，修正后才能提交：${errors[0]?.message}`, {
              reason: 'auditErrors',
              issues: errors.map((f) => ({ path: f.path, message: f.message })),
            });
          }
        },
        afterRefresh: async (tx, refreshed, version) => {
          const content = snapshotContent(refreshed);
          const [snapshot] = await tx
            .insert(evaluationSnapshots)
            .values({ projectId: refreshed.aggregate.project.id, projectVersion: version, submittedBy, content, contentHash: contentHash(content) })
            .returning({ id: evaluationSnapshots.id });
          if (!snapshot) throw new Error('snapshot insert returned nothing');
          await tx.update(evaluations).set({ snapshotId: snapshot.id }).where(eq(evaluations.projectId, refreshed.aggregate.project.id));
          await alongside?.(tx);
        },
      },
      async (tx, owner) => {
        const updated = await tx
          .update(evaluations)
          .set({ status: 'submitted', submittedAt: sql`now()`, submittedBy, updatedAt: sql`now()` })
          .where(eq(evaluations.projectId, owner.id))
          .returning({ projectId: evaluations.projectId });
        if (updated.length === 0) throw new ApiError(ApiErrorCode.Conflict, '项目尚无评价，无法提交', { reason: 'noEvaluation' });
      },
    );
  }

  /**
   * 退回: reopens a submitted evaluation for changes. Only a finance reviewer or an administrator
   * may, with a reason, which the history keeps; the snapshot stays stored, detached. `alongside`
   * runs in the same transaction (the lifecycle's 自评退回).
   */
  returnForRevision(ctx: RequestContext, projectId: string, expectedVersion: number, reason: string, alongside?: (tx: Db) => Promise<void>): Promise<Project> {
    const role = ctx.requireUser.role;
    if (role !== Role.financeReviewer && role !== Role.admin) throw ApiError.forbidden('只有财政复核人员或系统管理员可以退回评价');
    const why = requireText('reason', reason, 2_000, '退回原因');
    return this.changes.change(
      ctx,
      projectId,
      { action: 'evaluate', operation: 'returnEvaluation', expectedVersion, reason: why },
      async (tx, owner, before) => {
        if (before.evaluation?.status !== 'submitted') {
          throw new ApiError(ApiErrorCode.Conflict, '评价尚未提交，无需退回', { reason: 'notSubmitted' });
        }
        await tx
          .update(evaluations)
          .set({ status: 'draft', submittedAt: null, submittedBy: null, snapshotId: null, updatedAt: sql`now()` })
          .where(eq(evaluations.projectId, owner.id));
        await alongside?.(tx);
      },
    );
  }

  /** Assigns an evaluator to a project (admin). */
  async assignEvaluator(projectId: string, userId: string): Promise<boolean> {
    const project = requireId('projectId', projectId);
    const user = requireId('userId', userId);
    const [evaluator] = await this.db.select({ role: users.role }).from(users).where(eq(users.id, user));
    if (evaluator?.role !== Role.evaluator) throw ApiError.badInput('userId', 'notAnEvaluator', '该用户不是评价组成员');
    const [exists] = await this.db.select({ id: projects.id }).from(projects).where(eq(projects.id, project));
    if (!exists) throw ApiError.notFound('项目');
    await this.db.insert(evaluatorAssignments).values({ userId: user, projectId: project }).onConflictDoNothing();
    return true;
  }
}
