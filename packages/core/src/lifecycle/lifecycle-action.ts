import type { PlainDate } from '../time/plain-date.js';
import type { AlertResponse } from './lifecycle-state.js';

/** The roles of Jixiao's users, as far as the year's process is concerned. */
export type LifecycleRole = 'admin' | 'leader' | 'financeReviewer' | 'unitStaff' | 'evaluator';

export interface LifecycleActor {
  readonly role: LifecycleRole;
  /** True when the actor is staff of the project's own unit (unit actions need it). */
  readonly ofProjectUnit: boolean;
}

/** Every step a user can take in a project's year. */
export type LifecycleAction =
  | { readonly kind: 'submitTargets' }
  | { readonly kind: 'reviewTargets'; readonly approve: boolean; readonly reason?: string | undefined }
  | { readonly kind: 'proposeAdjustment'; readonly summary: string }
  | { readonly kind: 'reviewAdjustment'; readonly adjustmentId: string; readonly approve: boolean; readonly reason?: string | undefined }
  | { readonly kind: 'openRound'; readonly throughMonth: number; readonly fillDue: PlainDate }
  | { readonly kind: 'fillRound'; readonly roundId: string; readonly alerts: readonly string[] }
  | { readonly kind: 'reviewRound'; readonly roundId: string; readonly approve: boolean; readonly reason?: string | undefined; readonly responseWorkingDays?: number | undefined }
  | { readonly kind: 'respondToAlert'; readonly roundId: string; readonly alertId: string; readonly response: AlertResponse; readonly note?: string | undefined }
  | { readonly kind: 'submitSelfEvaluation' }
  | { readonly kind: 'reviewSelfEvaluation'; readonly approve: boolean; readonly reason?: string | undefined }
  | { readonly kind: 'createRectification'; readonly title: string; readonly owner: string; readonly deadline: PlainDate }
  | { readonly kind: 'submitEvidence'; readonly taskId: string; readonly evidence: string }
  | { readonly kind: 'reviewEvidence'; readonly taskId: string; readonly approve: boolean; readonly reason?: string | undefined }
  | { readonly kind: 'applyResults'; readonly suggestion: string; readonly note?: string | undefined }
  | { readonly kind: 'publish'; readonly public: boolean; readonly reason?: string | undefined };

export type LifecycleActionKind = LifecycleAction['kind'];

/** Which side of the process takes each step: the project's unit, or finance (财政). */
export const ACTION_SIDE: Readonly<Record<LifecycleActionKind, 'unit' | 'finance'>> = {
  submitTargets: 'unit',
  reviewTargets: 'finance',
  proposeAdjustment: 'unit',
  reviewAdjustment: 'finance',
  openRound: 'finance',
  fillRound: 'unit',
  reviewRound: 'finance',
  respondToAlert: 'unit',
  submitSelfEvaluation: 'unit',
  reviewSelfEvaluation: 'finance',
  createRectification: 'finance',
  submitEvidence: 'unit',
  reviewEvidence: 'finance',
  applyResults: 'finance',
  publish: 'unit',
};

export const ACTION_LABELS: Readonly<Record<LifecycleActionKind, string>> = {
  submitTargets: '提交绩效目标',
  reviewTargets: '审核绩效目标',
  proposeAdjustment: '申请目标调整',
  reviewAdjustment: '审核目标调整',
  openRound: '发起运行监控',
  fillRound: '填报运行监控',
  reviewRound: '审核运行监控',
  respondToAlert: '回复监控预警',
  submitSelfEvaluation: '提交自评',
  reviewSelfEvaluation: '审核自评',
  createRectification: '下达整改任务',
  submitEvidence: '提交整改材料',
  reviewEvidence: '审核整改材料',
  applyResults: '结果应用',
  publish: '绩效公开',
};

/**
 * Who may take a step: the project's own unit staff for the unit's steps, a finance reviewer for
 * finance's; an administrator for either (to unblock a stuck project). Leaders and evaluators
 * read and score; they never move a project's year.
 */
export function mayAct(actor: LifecycleActor, kind: LifecycleActionKind): boolean {
  if (actor.role === 'admin') return true;
  return ACTION_SIDE[kind] === 'unit' ? actor.role === 'unitStaff' && actor.ofProjectUnit : actor.role === 'financeReviewer';
}
