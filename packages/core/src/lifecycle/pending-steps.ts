import { compareDates, type PlainDate } from '../time/plain-date.js';
import type { LifecycleActionKind } from './lifecycle-action.js';
import { ACTION_LABELS, ACTION_SIDE } from './lifecycle-action.js';
import type { LifecycleState } from './lifecycle-state.js';

/** One step that waits for someone (待办): which side, what, about what, by when. */
export interface PendingStep {
  readonly side: 'unit' | 'finance';
  readonly kind: LifecycleActionKind;
  readonly label: string;
  /** The round, alert or task it is about. */
  readonly subjectId?: string;
  readonly subject?: string;
  readonly due?: PlainDate;
  /** The due date has passed (the item is flagged). */
  readonly overdue: boolean;
}

/**
 * What a project's year waits for now. Optional steps (proposing an adjustment, opening a round)
 * are not to-dos; what someone must do next is.
 */
export function pendingSteps(state: LifecycleState, today: PlainDate): PendingStep[] {
  const steps: PendingStep[] = [];
  const add = (kind: LifecycleActionKind, extra: Omit<PendingStep, 'side' | 'kind' | 'label' | 'overdue'> = {}) =>
    steps.push({ side: ACTION_SIDE[kind], kind, label: ACTION_LABELS[kind], ...extra, overdue: extra.due !== undefined && compareDates(today, extra.due) > 0 });
  if (state.stage === 'targets') add(state.targets.status === 'draft' ? 'submitTargets' : 'reviewTargets', state.targets.status === 'secondReview' ? { subject: '复审' } : state.targets.status === 'firstReview' ? { subject: '初审' } : {});
  for (const adjustment of state.adjustments) if (adjustment.status === 'pending') add('reviewAdjustment', { subjectId: adjustment.id, subject: adjustment.summary });
  for (const round of state.rounds) {
    const period = `1–${round.throughMonth}月`;
    if (round.status === 'open') add('fillRound', { subjectId: round.id, subject: period, due: round.fillDue });
    if (round.status === 'filled') add('reviewRound', { subjectId: round.id, subject: period });
    for (const alert of round.alerts) {
      if (round.status === 'reviewed' && !alert.response) add('respondToAlert', { subjectId: `${round.id}/${alert.id}`, subject: `${period} ${alert.subject}`, ...(alert.responseDue ? { due: alert.responseDue } : {}) });
    }
  }
  if (state.stage === 'selfEvaluation') add(state.selfEvaluation.status === 'submitted' ? 'reviewSelfEvaluation' : 'submitSelfEvaluation');
  for (const task of state.rectifications) {
    if (task.status === 'open') add('submitEvidence', { subjectId: task.id, subject: task.title, due: task.deadline });
    if (task.status === 'evidenceSubmitted') add('reviewEvidence', { subjectId: task.id, subject: task.title });
  }
  if (state.stage === 'rectification' && state.rectifications.every((t) => t.status === 'closed')) add('applyResults');
  if (state.stage === 'resultsApplied') add('publish');
  return steps;
}
