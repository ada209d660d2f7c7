import { INITIAL_LIFECYCLE, applyLifecycleAction, mayAct, roleRefusal, pendingSteps, type LifecycleAction, type LifecycleActor, type LifecycleState } from '@jixiao/core';
import { Inject, Injectable } from '@nestjs/common';
import { and, asc, eq, ne, or, isNull } from 'drizzle-orm';
import { ProjectAccessService } from '../../auth/policy/project-access.service.js';
import { projectScope } from '../../auth/policy/project-scope.js';
import type { RequestContext, SessionUser } from '../../auth/request-context.js';
import { Role } from '../../auth/role.js';
import { Clock } from '../../common/clock.js';
import { ApiError } from '../../common/errors/api-error.js';
import { requireId } from '../../common/validation/ids.js';
import { DB, type Db } from '../../database/database.types.js';
import { lifecycleSteps, projectLifecycles, projects, units } from '../../database/schema/index.js';
import { EvaluationMutationService } from '../evaluations/evaluation-mutation.service.js';
import { refusalError } from './lifecycle-refusal.js';
import { lifecycleView, pendingStepView } from './lifecycle.presenter.js';
import { LifecycleStageEnum } from './models/lifecycle-enums.js';
import type { ProjectLifecycle, TodoItem } from './models/project-lifecycle.model.js';

/** The most 待办 items one answer lists (most urgent first); totalCount says how many there are. */
export const TODO_PAGE_MAX = 100;

/**
 * The API side of the core's stage machine: every step runs in a transaction that locks the
 * project, has the core check who acts and whether the step fits (applyLifecycleAction), stores
 * the next state and appends the step (who, role, when, why, input) to the year's history.
 */
@Injectable()
export class LifecycleService {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly access: ProjectAccessService,
    private readonly clock: Clock,
    private readonly evaluations: EvaluationMutationService,
  ) {}

  async lifecycle(ctx: RequestContext, projectId: string): Promise<ProjectLifecycle> {
    const id = requireId('projectId', projectId);
    await this.access.assert(ctx, id, 'read');
    const [row] = await this.db.select().from(projectLifecycles).where(eq(projectLifecycles.projectId, id));
    const steps = await this.db.select().from(lifecycleSteps).where(eq(lifecycleSteps.projectId, id)).orderBy(asc(lifecycleSteps.version));
    return lifecycleView(id, row?.state ?? INITIAL_LIFECYCLE, row?.version ?? 0, steps, this.clock.today());
  }

  /** Takes one step (any but the self-evaluation's submission and review, which freeze and reopen the evaluation too). */
  async act(ctx: RequestContext, projectId: string, action: LifecycleAction): Promise<ProjectLifecycle> {
    const id = requireId('projectId', projectId);
    await this.db.transaction((tx) => this.step(tx, ctx, id, action));
    return this.lifecycle(ctx, id);
  }

  /** 提交自评: freezes the evaluation (its snapshot) and moves the year on, in one transaction. */
  async submitSelfEvaluation(ctx: RequestContext, projectId: string, expectedVersion: number): Promise<ProjectLifecycle> {
    const id = requireId('projectId', projectId);
    await this.assertMayAct(ctx, id, 'submitSelfEvaluation');
    await this.evaluations.submit(ctx, id, expectedVersion, (tx) => this.step(tx, ctx, id, { kind: 'submitSelfEvaluation' }));
    return this.lifecycle(ctx, id);
  }

  /** 审核自评: accepting keeps the evaluation frozen; returning reopens it (退回), in one transaction. */
  async reviewSelfEvaluation(ctx: RequestContext, projectId: string, expectedVersion: number, approve: boolean, reason: string | undefined): Promise<ProjectLifecycle> {
    const id = requireId('projectId', projectId);
    const action: LifecycleAction = { kind: 'reviewSelfEvaluation', approve, reason };
    await this.assertMayAct(ctx, id, action.kind);
    if (approve) {
      await this.db.transaction((tx) => this.step(tx, ctx, id, action));
    } else {
      // The core checks the reason and the state first, so that its message is the one shown.
      await this.db.transaction((tx) => this.step(tx, ctx, id, action, { dryRun: true }));
      await this.evaluations.returnForRevision(ctx, id, expectedVersion, reason ?? '', (tx) => this.step(tx, ctx, id, action));
    }
    return this.lifecycle(ctx, id);
  }

  /** 待办: the steps waiting for the caller over the projects they read and may act on, most urgent first. */
  async todos(ctx: RequestContext, first: number): Promise<{ totalCount: number; items: TodoItem[] }> {
    if (!Number.isInteger(first) || first < 1 || first > TODO_PAGE_MAX) throw ApiError.badInput('first', 'outOfRange', `first 应为 1–${TODO_PAGE_MAX}`);
    const user = ctx.requireUser;
    if (user.role === Role.leader || user.role === Role.evaluator) return { totalCount: 0, items: [] };
    const rows = await this.db
      .select({ id: projects.id, name: projects.name, fiscalYear: projects.fiscalYear, unitId: projects.unitId, unitName: units.name, state: projectLifecycles.state })
      .from(projects)
      .innerJoin(units, eq(units.id, projects.unitId))
      .leftJoin(projectLifecycles, eq(projectLifecycles.projectId, projects.id))
      .where(
        and(
          projectScope(ctx, 'read'),
          // A project without a row is drafting its targets: the unit's to-do, never finance's.
          user.role === Role.financeReviewer ? ne(projectLifecycles.stage, 'published') : or(isNull(projectLifecycles.stage), ne(projectLifecycles.stage, 'published')),
        ),
      );
    const today = this.clock.today();
    const items: TodoItem[] = [];
    for (const row of rows) {
      const state: LifecycleState = row.state ?? INITIAL_LIFECYCLE;
      const actor = actorOf(user, row.unitId);
      for (const step of pendingSteps(state, today)) {
        if (!mayAct(actor, step.kind)) continue;
        items.push({ projectId: row.id, projectName: row.name, fiscalYear: row.fiscalYear, unitName: row.unitName, stage: LifecycleStageEnum[state.stage], step: pendingStepView(step) });
      }
    }
    // Overdue first, then by due date (undated last), then by project.
    items.sort(
      (a, b) =>
        Number(b.step.overdue) - Number(a.step.overdue) ||
        (a.step.due ?? '9999').localeCompare(b.step.due ?? '9999') ||
        b.fiscalYear - a.fiscalYear ||
        a.projectName.localeCompare(b.projectName, 'zh-CN'),
    );
    return { totalCount: items.length, items: items.slice(0, first) };
  }

  /**
   * Who may take the step, checked before the evaluation's own change runs: otherwise its errors
   * (a stale version, audit errors) would answer a caller who may not take the step at all.
   */
  private async assertMayAct(ctx: RequestContext, projectId: string, kind: LifecycleAction['kind']): Promise<void> {
    const owner = await this.access.assert(ctx, projectId, 'read');
    if (!mayAct(actorOf(ctx.requireUser, owner.unitId), kind)) throw refusalError(roleRefusal(kind));
  }

  private async step(tx: Db, ctx: RequestContext, projectId: string, action: LifecycleAction, options: { dryRun?: boolean } = {}): Promise<void> {
    const owner = await this.access.assert(ctx, projectId, 'read', tx, { lock: true });
    const user = ctx.requireUser;
    const [row] = await tx.select().from(projectLifecycles).where(eq(projectLifecycles.projectId, projectId));
    const outcome = applyLifecycleAction(row?.state ?? INITIAL_LIFECYCLE, action, actorOf(user, owner.unitId), this.clock.today());
    if (!outcome.ok) throw refusalError(outcome.refusal);
    if (options.dryRun) return;
    const version = (row?.version ?? 0) + 1;
    const values = { state: outcome.state, version, stage: outcome.state.stage, updatedAt: new Date() };
    await tx
      .insert(projectLifecycles)
      .values({ projectId, unitId: owner.unitId, regionCode: owner.regionCode, ...values })
      .onConflictDoUpdate({ target: projectLifecycles.projectId, set: values });
    await tx.insert(lifecycleSteps).values({
      projectId,
      version,
      action: action.kind,
      actorId: user.id,
      actorName: user.displayName,
      actorRole: user.role,
      reason: reasonOf(action) ?? null,
      input: { ...action },
    });
  }
}

function actorOf(user: SessionUser, projectUnitId: string): LifecycleActor {
  return { role: user.role, ofProjectUnit: user.role === Role.unitStaff && user.unitId === projectUnitId };
}

/** The why the history shows: a return's or rejection's reason, a response's measures. */
function reasonOf(action: LifecycleAction): string | undefined {
  if ('reason' in action && action.reason?.trim()) return action.reason.trim();
  if ('note' in action && action.note?.trim()) return action.note.trim();
  return undefined;
}
