import { isValidDate, compareDates, type PlainDate } from '../time/plain-date.js';
import { ACTION_LABELS, ACTION_SIDE, mayAct, type LifecycleAction, type LifecycleActionKind, type LifecycleActor } from './lifecycle-action.js';
import { ALERT_RESPONSE_LABELS, STAGE_LABELS, type LifecycleState, type LifecycleStage, type MonitoringRound, type RectificationTask } from './lifecycle-state.js';
import { addWorkingDays } from './working-days.js';

/** Why a step was refused: `reason` for programs, `message` (zh-CN) for people. */
export interface LifecycleRefusal {
  readonly code: 'forbidden' | 'conflict' | 'badInput';
  readonly reason: string;
  readonly message: string;
  /** The action's field at fault, for badInput. */
  readonly field?: string;
}

export type LifecycleOutcome = { readonly ok: true; readonly state: LifecycleState } | { readonly ok: false; readonly refusal: LifecycleRefusal };

/** Working days an alert's response is due in when the review does not say (a province setting in practice). */
export const DEFAULT_RESPONSE_WORKING_DAYS = 5;
const TEXT_MAX = 2_000;

class Refused extends Error {
  constructor(readonly refusal: LifecycleRefusal) {
    super(refusal.message);
  }
}

const conflict = (reason: string, message: string) => new Refused({ code: 'conflict', reason, message });
const badInput = (field: string, reason: string, message: string) => new Refused({ code: 'badInput', field, reason, message });

/**
 * Takes one step of a project's year: checks who acts (mayAct), that the step fits the state
 * (its guard), and its input, and answers the next state — or the refusal, the state untouched.
 * `today` is the acting day (due dates are counted from it).
 */
export function applyLifecycleAction(state: LifecycleState, action: LifecycleAction, actor: LifecycleActor, today: PlainDate): LifecycleOutcome {
  if (!mayAct(actor, action.kind)) return { ok: false, refusal: roleRefusal(action.kind) };
  try {
    return { ok: true, state: next(state, action, today) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, refusal: error.refusal };
    throw error;
  }
}

/** The refusal of a step to someone who may not take it (mayAct), naming who may. */
export function roleRefusal(kind: LifecycleActionKind): LifecycleRefusal {
  const who = ACTION_SIDE[kind] === 'unit' ? '项目所属单位人员' : '财政复核人员';
  return { code: 'forbidden', reason: 'role', message: `只有${who}或系统管理员可以${ACTION_LABELS[kind]}` };
}

function next(state: LifecycleState, action: LifecycleAction, today: PlainDate): LifecycleState {
  switch (action.kind) {
    case 'submitTargets':
      inStage(state, action, 'targets');
      if (state.targets.status !== 'draft') throw conflict('targetsNotDraft', '绩效目标已提交审核，不能重复提交');
      return { ...state, targets: { status: 'firstReview' } };
    case 'reviewTargets': {
      inStage(state, action, 'targets');
      const { status } = state.targets;
      if (status !== 'firstReview' && status !== 'secondReview') throw conflict('targetsNotInReview', '绩效目标尚未提交审核');
      if (!action.approve) return { ...state, targets: { status: 'draft', returnReason: requiredReason(action.reason, status === 'firstReview' ? '初审退回' : '复审退回') } };
      return status === 'firstReview' ? { ...state, targets: { status: 'secondReview' } } : { ...state, stage: 'execution', targets: { status: 'approved' } };
    }
    case 'proposeAdjustment': {
      inStage(state, action, 'execution');
      if (state.adjustments.some((a) => a.status === 'pending')) throw conflict('adjustmentPending', '已有一项调整待审核，审核后才能再申请');
      const summary = requiredText('summary', action.summary, '调整内容');
      return { ...state, adjustments: [...state.adjustments, { id: `adjustment-${state.adjustments.length + 1}`, summary, status: 'pending' }] };
    }
    case 'reviewAdjustment': {
      inStage(state, action, 'execution');
      const adjustment = state.adjustments.find((a) => a.id === action.adjustmentId);
      if (!adjustment) throw badInput('adjustmentId', 'unknown', `没有编号为 ${action.adjustmentId} 的调整申请`);
      if (adjustment.status !== 'pending') throw conflict('adjustmentReviewed', '该调整已审核');
      const reviewed = action.approve
        ? { ...adjustment, status: 'approved' as const, ...present('reviewReason', optionalText('reason', action.reason)) }
        : { ...adjustment, status: 'rejected' as const, reviewReason: requiredReason(action.reason, '不予调整') };
      return { ...state, adjustments: state.adjustments.map((a) => (a.id === adjustment.id ? reviewed : a)) };
    }
    case 'openRound': {
      inStage(state, action, 'execution');
      if (state.rounds.some((r) => r.status !== 'reviewed')) throw conflict('roundInProgress', '上一轮运行监控尚未审核完成');
      const last = state.rounds.at(-1)?.throughMonth ?? 0;
      if (!Number.isInteger(action.throughMonth) || action.throughMonth < 1 || action.throughMonth > 12) {
        throw badInput('throughMonth', 'notAMonth', `监控期间截至月份应为 1–12，而不是 ${action.throughMonth}`);
      }
      if (action.throughMonth <= last) throw badInput('throughMonth', 'notAfterLastRound', `监控期间应晚于上一轮（截至 ${last} 月）`);
      if (!isValidDate(action.fillDue) || compareDates(action.fillDue, today) < 0) throw badInput('fillDue', 'past', '填报截止日期不能早于今天');
      const round: MonitoringRound = { id: `round-${state.rounds.length + 1}`, throughMonth: action.throughMonth, fillDue: action.fillDue, status: 'open', alerts: [] };
      return { ...state, rounds: [...state.rounds, round] };
    }
    case 'fillRound': {
      inStage(state, action, 'execution');
      const round = findRound(state, action.roundId);
      if (round.status !== 'open') throw conflict('roundNotOpen', '该轮运行监控已填报，等待审核');
      const subjects = action.alerts.map((subject, i) => requiredText(`alerts[${i}]`, subject, '预警事项'));
      return replaceRound(state, { ...round, status: 'filled', alerts: subjects.map((subject, i) => ({ id: `alert-${i + 1}`, subject })) });
    }
    case 'reviewRound': {
      inStage(state, action, 'execution');
      const round = findRound(state, action.roundId);
      if (round.status !== 'filled') throw conflict('roundNotFilled', round.status === 'open' ? '该轮运行监控尚未填报' : '该轮运行监控已审核');
      if (!action.approve) {
        const { returnReason: _, ...rest } = round;
        return replaceRound(state, { ...rest, status: 'open', alerts: [], returnReason: requiredReason(action.reason, '监控退回') });
      }
      const days = action.responseWorkingDays ?? DEFAULT_RESPONSE_WORKING_DAYS;
      if (!Number.isInteger(days) || days < 1 || days > 60) throw badInput('responseWorkingDays', 'outOfRange', `预警回复期限应为 1–60 个工作日，而不是 ${days}`);
      const responseDue = addWorkingDays(today, days);
      return replaceRound(state, { ...round, status: 'reviewed', alerts: round.alerts.map((a) => ({ ...a, responseDue })) });
    }
    case 'respondToAlert': {
      inStage(state, action, 'execution');
      const round = findRound(state, action.roundId);
      if (round.status !== 'reviewed') throw conflict('roundNotReviewed', '该轮运行监控尚未审核，预警待财政确认');
      const alert = round.alerts.find((a) => a.id === action.alertId);
      if (!alert) throw badInput('alertId', 'unknown', `该轮监控没有编号为 ${action.alertId} 的预警`);
      if (alert.response) throw conflict('alertAnswered', `该预警已回复（${ALERT_RESPONSE_LABELS[alert.response]}）`);
      if (!(action.response in ALERT_RESPONSE_LABELS)) throw badInput('response', 'unknown', '预警回复应为 继续执行、调剂 或 取消');
      // 调剂 and 取消 change the project: the measures must be stated (财预〔2019〕136号).
      const note = action.response === 'continue' ? optionalText('note', action.note) : requiredText('note', action.note, `${ALERT_RESPONSE_LABELS[action.response]}的措施`);
      const answered = { ...alert, response: action.response, ...present('responseNote', note) };
      return replaceRound(state, { ...round, alerts: round.alerts.map((a) => (a.id === alert.id ? answered : a)) });
    }
    case 'submitSelfEvaluation': {
      if (state.stage !== 'execution' && state.stage !== 'selfEvaluation') throw wrongStage(state, action);
      if (state.selfEvaluation.status !== 'notSubmitted') throw conflict('selfEvaluationSubmitted', '自评已提交');
      if (state.rounds.some((r) => r.status !== 'reviewed')) throw conflict('roundInProgress', '运行监控尚未审核完成，不能提交自评');
      if (state.adjustments.some((a) => a.status === 'pending')) throw conflict('adjustmentPending', '目标调整尚待审核，不能提交自评');
      return { ...state, stage: 'selfEvaluation', selfEvaluation: { status: 'submitted' } };
    }
    case 'reviewSelfEvaluation': {
      inStage(state, action, 'selfEvaluation');
      if (state.selfEvaluation.status !== 'submitted') throw conflict('selfEvaluationNotSubmitted', '自评尚未提交');
      if (!action.approve) return { ...state, selfEvaluation: { status: 'notSubmitted', returnReason: requiredReason(action.reason, '自评退回') } };
      return { ...state, stage: 'rectification', selfEvaluation: { status: 'accepted' } };
    }
    case 'createRectification': {
      inStage(state, action, 'rectification');
      const title = requiredText('title', action.title, '整改事项');
      const owner = requiredText('owner', action.owner, '整改责任人');
      if (!isValidDate(action.deadline) || compareDates(action.deadline, today) < 0) throw badInput('deadline', 'past', '整改期限不能早于今天');
      const task: RectificationTask = { id: `task-${state.rectifications.length + 1}`, title, owner, deadline: action.deadline, status: 'open' };
      return { ...state, rectifications: [...state.rectifications, task] };
    }
    case 'submitEvidence': {
      inStage(state, action, 'rectification');
      const task = findTask(state, action.taskId);
      if (task.status !== 'open') throw conflict('taskNotOpen', task.status === 'closed' ? '该整改任务已销号' : '整改材料已提交，等待审核');
      const { returnReason: _, ...rest } = task;
      return replaceTask(state, { ...rest, status: 'evidenceSubmitted', evidence: requiredText('evidence', action.evidence, '整改材料说明') });
    }
    case 'reviewEvidence': {
      inStage(state, action, 'rectification');
      const task = findTask(state, action.taskId);
      if (task.status !== 'evidenceSubmitted') throw conflict('noEvidence', task.status === 'closed' ? '该整改任务已销号' : '尚未提交整改材料');
      if (action.approve) return replaceTask(state, { ...task, status: 'closed' });
      return replaceTask(state, { ...task, status: 'open', returnReason: requiredReason(action.reason, '整改退回') });
    }
    case 'applyResults': {
      inStage(state, action, 'rectification');
      const open = state.rectifications.filter((t) => t.status !== 'closed').length;
      if (open > 0) throw conflict('rectificationOpen', `还有 ${open} 项整改任务未销号`);
      const suggestion = requiredText('suggestion', action.suggestion, '预算安排建议');
      return { ...state, stage: 'resultsApplied', results: { suggestion, ...present('note', optionalText('note', action.note)) } };
    }
    case 'publish': {
      inStage(state, action, 'resultsApplied');
      const disclosure = action.public ? { public: true } : { public: false, reason: requiredReason(action.reason, '不予公开') };
      return { ...state, stage: 'published', disclosure };
    }
  }
}

function inStage(state: LifecycleState, action: LifecycleAction, stage: LifecycleStage): void {
  if (state.stage !== stage) throw wrongStage(state, action);
}

function wrongStage(state: LifecycleState, action: LifecycleAction): Refused {
  return conflict('wrongStage', `项目处于“${STAGE_LABELS[state.stage]}”阶段，不能${ACTION_LABELS[action.kind]}`);
}

function requiredText(field: string, value: string | undefined, label: string): string {
  const text = value?.trim() ?? '';
  if (text === '') throw badInput(field, 'required', `请填写${label}`);
  if (text.length > TEXT_MAX) throw badInput(field, 'tooLong', `${label}不能超过 ${TEXT_MAX} 个字符`);
  return text;
}

/** A return or refusal always says why (the history shows it to the unit). */
function requiredReason(value: string | undefined, label: string): string {
  return requiredText('reason', value, `${label}的原因`);
}

function optionalText(field: string, value: string | undefined): string | undefined {
  const text = value?.trim() ?? '';
  if (text.length > TEXT_MAX) throw badInput(field, 'tooLong', `说明不能超过 ${TEXT_MAX} 个字符`);
  return text === '' ? undefined : text;
}

/** `{ [key]: value }` when there is a value, else nothing (exactOptionalPropertyTypes). */
function present<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

function findRound(state: LifecycleState, id: string): MonitoringRound {
  const round = state.rounds.find((r) => r.id === id);
  if (!round) throw badInput('roundId', 'unknown', `没有编号为 ${id} 的监控轮次`);
  return round;
}

function replaceRound(state: LifecycleState, round: MonitoringRound): LifecycleState {
  return { ...state, rounds: state.rounds.map((r) => (r.id === round.id ? round : r)) };
}

function findTask(state: LifecycleState, id: string): RectificationTask {
  const task = state.rectifications.find((t) => t.id === id);
  if (!task) throw badInput('taskId', 'unknown', `没有编号为 ${id} 的整改任务`);
  return task;
}

function replaceTask(state: LifecycleState, task: RectificationTask): LifecycleState {
  return { ...state, rectifications: state.rectifications.map((t) => (t.id === task.id ? task : t)) };
}
