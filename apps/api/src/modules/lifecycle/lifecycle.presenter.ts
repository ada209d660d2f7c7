import { ACTION_LABELS, STAGE_LABELS, compareDates, formatIsoDate, pendingSteps, type LifecycleState, type PendingStep, type PlainDate } from '@jixiao/core';
import type { lifecycleSteps } from '../../database/schema/index.js';
import { AlertResponseEnum, LifecycleSide, LifecycleStageEnum } from './models/lifecycle-enums.js';
import type { LifecyclePendingStep, LifecycleStep, ProjectLifecycle } from './models/project-lifecycle.model.js';

export function pendingStepView(step: PendingStep): LifecyclePendingStep {
  return {
    side: step.side === 'unit' ? LifecycleSide.unit : LifecycleSide.finance,
    action: step.kind,
    label: step.label,
    subjectId: step.subjectId ?? null,
    subject: step.subject ?? null,
    due: step.due ? formatIsoDate(step.due) : null,
    overdue: step.overdue,
  };
}

export function lifecycleView(
  projectId: string,
  state: LifecycleState,
  version: number,
  steps: readonly (typeof lifecycleSteps.$inferSelect)[],
  today: PlainDate,
): ProjectLifecycle {
  const late = (due: PlainDate | undefined) => due !== undefined && compareDates(today, due) > 0;
  return {
    projectId,
    stage: LifecycleStageEnum[state.stage],
    stageLabel: STAGE_LABELS[state.stage],
    version,
    targetStatus: state.targets.status,
    targetReturnReason: state.targets.returnReason ?? null,
    adjustments: state.adjustments.map((a) => ({ id: a.id, summary: a.summary, status: a.status, reviewReason: a.reviewReason ?? null })),
    rounds: state.rounds.map((r) => ({
      id: r.id,
      throughMonth: r.throughMonth,
      fillDue: formatIsoDate(r.fillDue),
      status: r.status,
      returnReason: r.returnReason ?? null,
      alerts: r.alerts.map((a) => ({
        id: a.id,
        subject: a.subject,
        responseDue: a.responseDue ? formatIsoDate(a.responseDue) : null,
        response: a.response ? AlertResponseEnum[a.response] : null,
        responseNote: a.responseNote ?? null,
        overdue: !a.response && late(a.responseDue),
      })),
    })),
    selfEvaluationStatus: state.selfEvaluation.status,
    selfEvaluationReturnReason: state.selfEvaluation.returnReason ?? null,
    rectifications: state.rectifications.map((t) => ({
      id: t.id,
      title: t.title,
      owner: t.owner,
      deadline: formatIsoDate(t.deadline),
      status: t.status,
      evidence: t.evidence ?? null,
      returnReason: t.returnReason ?? null,
      overdue: t.status !== 'closed' && late(t.deadline),
    })),
    resultsSuggestion: state.results?.suggestion ?? null,
    resultsNote: state.results?.note ?? null,
    isPublic: state.disclosure?.public ?? null,
    nonDisclosureReason: state.disclosure?.reason ?? null,
    pending: pendingSteps(state, today).map(pendingStepView),
    history: steps.map(stepView),
  };
}

function stepView(row: typeof lifecycleSteps.$inferSelect): LifecycleStep {
  return {
    version: row.version,
    action: row.action,
    actionLabel: ACTION_LABELS[row.action],
    actorId: row.actorId,
    actorName: row.actorName,
    actorRole: row.actorRole,
    at: row.at,
    reason: row.reason,
  };
}
