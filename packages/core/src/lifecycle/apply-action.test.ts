import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../time/plain-date.js';
import { applyLifecycleAction, type LifecycleOutcome } from './apply-action.js';
import type { LifecycleAction, LifecycleActor } from './lifecycle-action.js';
import { lifecycleViolations } from './lifecycle-rules.js';
import { INITIAL_LIFECYCLE, type LifecycleState } from './lifecycle-state.js';

const TODAY: PlainDate = { year: 2026, month: 8, day: 5 }; // a Wednesday
const UNIT: LifecycleActor = { role: 'unitStaff', ofProjectUnit: true };
const FINANCE: LifecycleActor = { role: 'financeReviewer', ofProjectUnit: false };

function step(state: LifecycleState, action: LifecycleAction, actor: LifecycleActor): LifecycleState {
  const outcome = applyLifecycleAction(state, action, actor, TODAY);
  if (!outcome.ok) throw new Error(`${action.kind} refused: ${outcome.refusal.message}`);
  expect(lifecycleViolations(outcome.state)).toEqual([]);
  return outcome.state;
}

function refusal(outcome: LifecycleOutcome) {
  if (outcome.ok) throw new Error('expected a refusal');
  return outcome.refusal;
}

const approvedTargets = (): LifecycleState => {
  let state = step(INITIAL_LIFECYCLE, { kind: 'submitTargets' }, UNIT);
  state = step(state, { kind: 'reviewTargets', approve: true }, FINANCE);
  return step(state, { kind: 'reviewTargets', approve: true }, FINANCE);
};
const submitted = (): LifecycleState => step(approvedTargets(), { kind: 'submitSelfEvaluation' }, UNIT);
const accepted = (): LifecycleState => step(submitted(), { kind: 'reviewSelfEvaluation', approve: true }, FINANCE);
const ROUND = { kind: 'openRound', throughMonth: 7, fillDue: { year: 2026, month: 8, day: 31 } } as const;

describe('目标申报 and 初审/复审', () => {
  it('goes draft → 初审 → 复审 → approved, which starts execution', () => {
    const first = step(INITIAL_LIFECYCLE, { kind: 'submitTargets' }, UNIT);
    expect(first.targets.status).toBe('firstReview');
    const second = step(first, { kind: 'reviewTargets', approve: true }, FINANCE);
    expect(second.targets.status).toBe('secondReview');
    const approved = step(second, { kind: 'reviewTargets', approve: true }, FINANCE);
    expect(approved).toMatchObject({ stage: 'execution', targets: { status: 'approved' } });
  });

  it('returns to draft from either review, only with a reason, which it keeps', () => {
    const first = step(INITIAL_LIFECYCLE, { kind: 'submitTargets' }, UNIT);
    expect(refusal(applyLifecycleAction(first, { kind: 'reviewTargets', approve: false }, FINANCE, TODAY))).toMatchObject({ code: 'badInput', field: 'reason', message: '请填写初审退回的原因' });
    expect(refusal(applyLifecycleAction(first, { kind: 'reviewTargets', approve: false, reason: '  ' }, FINANCE, TODAY))).toMatchObject({ field: 'reason' });
    expect(step(first, { kind: 'reviewTargets', approve: false, reason: '产出指标不可衡量' }, FINANCE).targets).toEqual({ status: 'draft', returnReason: '产出指标不可衡量' });
    const second = step(first, { kind: 'reviewTargets', approve: true }, FINANCE);
    const returned = step(second, { kind: 'reviewTargets', approve: false, reason: '效益指标缺失' }, FINANCE);
    expect(returned.targets).toEqual({ status: 'draft', returnReason: '效益指标缺失' });
    // Resubmitting clears the old reason.
    expect(step(returned, { kind: 'submitTargets' }, UNIT).targets).toEqual({ status: 'firstReview' });
  });

  it('refuses to submit twice and to review what is not submitted', () => {
    const first = step(INITIAL_LIFECYCLE, { kind: 'submitTargets' }, UNIT);
    expect(refusal(applyLifecycleAction(first, { kind: 'submitTargets' }, UNIT, TODAY))).toMatchObject({ code: 'conflict', reason: 'targetsNotDraft' });
    expect(refusal(applyLifecycleAction(INITIAL_LIFECYCLE, { kind: 'reviewTargets', approve: true }, FINANCE, TODAY))).toMatchObject({ code: 'conflict', reason: 'targetsNotInReview' });
    expect(refusal(applyLifecycleAction(approvedTargets(), { kind: 'submitTargets' }, UNIT, TODAY))).toMatchObject({
      reason: 'wrongStage',
      message: '项目处于“执行监控”阶段，不能提交绩效目标',
    });
  });
});

describe('who may act', () => {
  it('lets the unit take the unit steps and finance the finance steps, an administrator either', () => {
    const other: LifecycleActor = { role: 'unitStaff', ofProjectUnit: false };
    expect(refusal(applyLifecycleAction(INITIAL_LIFECYCLE, { kind: 'submitTargets' }, other, TODAY))).toEqual({
      code: 'forbidden',
      reason: 'role',
      message: '只有项目所属单位人员或系统管理员可以提交绩效目标',
    });
    expect(refusal(applyLifecycleAction(INITIAL_LIFECYCLE, { kind: 'submitTargets' }, FINANCE, TODAY)).code).toBe('forbidden');
    const first = step(INITIAL_LIFECYCLE, { kind: 'submitTargets' }, { role: 'admin', ofProjectUnit: false });
    expect(refusal(applyLifecycleAction(first, { kind: 'reviewTargets', approve: true }, UNIT, TODAY)).message).toBe('只有财政复核人员或系统管理员可以审核绩效目标');
    step(first, { kind: 'reviewTargets', approve: true }, { role: 'admin', ofProjectUnit: false });
    for (const role of ['leader', 'evaluator'] as const) {
      expect(refusal(applyLifecycleAction(INITIAL_LIFECYCLE, { kind: 'submitTargets' }, { role, ofProjectUnit: true }, TODAY)).code).toBe('forbidden');
      expect(refusal(applyLifecycleAction(first, { kind: 'reviewTargets', approve: true }, { role, ofProjectUnit: true }, TODAY)).code).toBe('forbidden');
    }
  });
});

describe('调整/修订', () => {
  it('is proposed by the unit during execution and approved or rejected (with a reason) by finance', () => {
    expect(refusal(applyLifecycleAction(INITIAL_LIFECYCLE, { kind: 'proposeAdjustment', summary: '调减数量指标' }, UNIT, TODAY)).reason).toBe('wrongStage');
    const proposed = step(approvedTargets(), { kind: 'proposeAdjustment', summary: ' 调减数量指标至 80 次 ' }, UNIT);
    expect(proposed.adjustments).toEqual([{ id: 'adjustment-1', summary: '调减数量指标至 80 次', status: 'pending' }]);
    expect(refusal(applyLifecycleAction(proposed, { kind: 'proposeAdjustment', summary: '再调' }, UNIT, TODAY)).reason).toBe('adjustmentPending');
    expect(refusal(applyLifecycleAction(proposed, { kind: 'reviewAdjustment', adjustmentId: 'adjustment-1', approve: false }, FINANCE, TODAY)).field).toBe('reason');
    expect(refusal(applyLifecycleAction(proposed, { kind: 'reviewAdjustment', adjustmentId: 'adjustment-9', approve: true }, FINANCE, TODAY))).toMatchObject({ field: 'adjustmentId', reason: 'unknown' });
    const rejected = step(proposed, { kind: 'reviewAdjustment', adjustmentId: 'adjustment-1', approve: false, reason: '依据不足' }, FINANCE);
    expect(rejected.adjustments[0]).toMatchObject({ status: 'rejected', reviewReason: '依据不足' });
    expect(refusal(applyLifecycleAction(rejected, { kind: 'reviewAdjustment', adjustmentId: 'adjustment-1', approve: true }, FINANCE, TODAY)).reason).toBe('adjustmentReviewed');
    const second = step(rejected, { kind: 'proposeAdjustment', summary: '调整实施地点' }, UNIT);
    expect(step(second, { kind: 'reviewAdjustment', adjustmentId: 'adjustment-2', approve: true }, FINANCE).adjustments[1]).toMatchObject({ id: 'adjustment-2', status: 'approved' });
    expect(refusal(applyLifecycleAction(approvedTargets(), { kind: 'proposeAdjustment', summary: ' ' }, UNIT, TODAY))).toMatchObject({ field: 'summary', reason: 'required' });
  });
});

describe('运行监控 rounds', () => {
  it('is opened by finance, filled by the unit, reviewed or returned by finance', () => {
    const open = step(approvedTargets(), ROUND, FINANCE);
    expect(open.rounds).toEqual([{ id: 'round-1', throughMonth: 7, fillDue: ROUND.fillDue, status: 'open', alerts: [] }]);
    expect(refusal(applyLifecycleAction(open, { ...ROUND, throughMonth: 10 }, FINANCE, TODAY)).reason).toBe('roundInProgress');
    expect(refusal(applyLifecycleAction(open, { kind: 'reviewRound', roundId: 'round-1', approve: true }, FINANCE, TODAY)).message).toBe('该轮运行监控尚未填报');
    const filled = step(open, { kind: 'fillRound', roundId: 'round-1', alerts: ['预算执行率 红灯', '开展督导次数 进度滞后'] }, UNIT);
    expect(filled.rounds[0]?.alerts).toEqual([{ id: 'alert-1', subject: '预算执行率 红灯' }, { id: 'alert-2', subject: '开展督导次数 进度滞后' }]);
    expect(refusal(applyLifecycleAction(filled, { kind: 'fillRound', roundId: 'round-1', alerts: [] }, UNIT, TODAY)).reason).toBe('roundNotOpen');
    const returned = step(filled, { kind: 'reviewRound', roundId: 'round-1', approve: false, reason: '偏差原因未填写' }, FINANCE);
    expect(returned.rounds[0]).toMatchObject({ status: 'open', alerts: [], returnReason: '偏差原因未填写' });
    const refilled = step(returned, { kind: 'fillRound', roundId: 'round-1', alerts: ['预算执行率 红灯'] }, UNIT);
    const reviewed = step(refilled, { kind: 'reviewRound', roundId: 'round-1', approve: true, responseWorkingDays: 5 }, FINANCE);
    // Wednesday 5 August + 5 working days = Wednesday 12 August.
    expect(reviewed.rounds[0]).toMatchObject({ status: 'reviewed', alerts: [{ id: 'alert-1', responseDue: { year: 2026, month: 8, day: 12 } }] });
    expect(refusal(applyLifecycleAction(reviewed, { kind: 'reviewRound', roundId: 'round-1', approve: true }, FINANCE, TODAY)).message).toBe('该轮运行监控已审核');
  });

  it('refuses an impossible period, a past due date, an unknown round and an out-of-range response time', () => {
    const execution = approvedTargets();
    expect(refusal(applyLifecycleAction(execution, { ...ROUND, throughMonth: 13 }, FINANCE, TODAY))).toMatchObject({ field: 'throughMonth', reason: 'notAMonth' });
    expect(refusal(applyLifecycleAction(execution, { ...ROUND, fillDue: { year: 2026, month: 8, day: 4 } }, FINANCE, TODAY))).toMatchObject({ field: 'fillDue', reason: 'past' });
    expect(refusal(applyLifecycleAction(execution, { ...ROUND, fillDue: { year: 2026, month: 2, day: 30 } }, FINANCE, TODAY))).toMatchObject({ field: 'fillDue' });
    expect(refusal(applyLifecycleAction(execution, { kind: 'fillRound', roundId: 'round-1', alerts: [] }, UNIT, TODAY))).toMatchObject({ field: 'roundId', reason: 'unknown' });
    const filled = step(step(execution, ROUND, FINANCE), { kind: 'fillRound', roundId: 'round-1', alerts: [] }, UNIT);
    expect(refusal(applyLifecycleAction(filled, { kind: 'reviewRound', roundId: 'round-1', approve: true, responseWorkingDays: 0 }, FINANCE, TODAY))).toMatchObject({ field: 'responseWorkingDays' });
    const reviewed = step(filled, { kind: 'reviewRound', roundId: 'round-1', approve: true }, FINANCE);
    expect(refusal(applyLifecycleAction(reviewed, { ...ROUND, throughMonth: 7 }, FINANCE, TODAY))).toMatchObject({ field: 'throughMonth', reason: 'notAfterLastRound' });
    expect(step(reviewed, { ...ROUND, throughMonth: 10 }, FINANCE).rounds[1]).toMatchObject({ id: 'round-2', throughMonth: 10 });
  });

  it('takes one response per alert after review; 调剂 and 取消 must state their measures', () => {
    const filled = step(step(approvedTargets(), ROUND, FINANCE), { kind: 'fillRound', roundId: 'round-1', alerts: ['执行率 红灯', '数量指标 滞后'] }, UNIT);
    expect(refusal(applyLifecycleAction(filled, { kind: 'respondToAlert', roundId: 'round-1', alertId: 'alert-1', response: 'continue' }, UNIT, TODAY)).reason).toBe('roundNotReviewed');
    const reviewed = step(filled, { kind: 'reviewRound', roundId: 'round-1', approve: true }, FINANCE);
    expect(refusal(applyLifecycleAction(reviewed, { kind: 'respondToAlert', roundId: 'round-1', alertId: 'alert-2', response: 'cancel' }, UNIT, TODAY))).toMatchObject({ field: 'note', message: '请填写取消的措施' });
    expect(refusal(applyLifecycleAction(reviewed, { kind: 'respondToAlert', roundId: 'round-1', alertId: 'alert-3', response: 'continue' }, UNIT, TODAY))).toMatchObject({ field: 'alertId' });
    const one = step(reviewed, { kind: 'respondToAlert', roundId: 'round-1', alertId: 'alert-1', response: 'continue' }, UNIT);
    expect(one.rounds[0]?.alerts[0]).toMatchObject({ response: 'continue' });
    expect(refusal(applyLifecycleAction(one, { kind: 'respondToAlert', roundId: 'round-1', alertId: 'alert-1', response: 'reallocate', note: 'x' }, UNIT, TODAY)).message).toBe('该预警已回复（继续执行）');
    const two = step(one, { kind: 'respondToAlert', roundId: 'round-1', alertId: 'alert-2', response: 'reallocate', note: '调剂 20 万元至下半年' }, UNIT);
    expect(two.rounds[0]?.alerts[1]).toMatchObject({ response: 'reallocate', responseNote: '调剂 20 万元至下半年' });
  });
});

describe('自评', () => {
  it('is submitted by the unit once monitoring and adjustments are reviewed, and accepted or returned by finance', () => {
    const inRound = step(approvedTargets(), ROUND, FINANCE);
    expect(refusal(applyLifecycleAction(inRound, { kind: 'submitSelfEvaluation' }, UNIT, TODAY)).reason).toBe('roundInProgress');
    const adjusting = step(approvedTargets(), { kind: 'proposeAdjustment', summary: '调减' }, UNIT);
    expect(refusal(applyLifecycleAction(adjusting, { kind: 'submitSelfEvaluation' }, UNIT, TODAY)).reason).toBe('adjustmentPending');
    expect(refusal(applyLifecycleAction(INITIAL_LIFECYCLE, { kind: 'submitSelfEvaluation' }, UNIT, TODAY)).reason).toBe('wrongStage');
    const sent = submitted();
    expect(sent).toMatchObject({ stage: 'selfEvaluation', selfEvaluation: { status: 'submitted' } });
    expect(refusal(applyLifecycleAction(sent, { kind: 'submitSelfEvaluation' }, UNIT, TODAY)).reason).toBe('selfEvaluationSubmitted');
    expect(refusal(applyLifecycleAction(sent, { kind: 'reviewSelfEvaluation', approve: false }, FINANCE, TODAY)).field).toBe('reason');
    const returned = step(sent, { kind: 'reviewSelfEvaluation', approve: false, reason: '佐证材料不全' }, FINANCE);
    expect(returned).toMatchObject({ stage: 'selfEvaluation', selfEvaluation: { status: 'notSubmitted', returnReason: '佐证材料不全' } });
    expect(refusal(applyLifecycleAction(returned, { kind: 'reviewSelfEvaluation', approve: true }, FINANCE, TODAY)).reason).toBe('selfEvaluationNotSubmitted');
    expect(refusal(applyLifecycleAction(returned, ROUND, FINANCE, TODAY)).reason).toBe('wrongStage');
    const again = step(returned, { kind: 'submitSelfEvaluation' }, UNIT);
    expect(step(again, { kind: 'reviewSelfEvaluation', approve: true }, FINANCE)).toMatchObject({ stage: 'rectification', selfEvaluation: { status: 'accepted' } });
  });
});

describe('整改, 结果应用 and 公开', () => {
  const TASK = { kind: 'createRectification', title: '宣传费超出成本指标', owner: '州党委政法委财务科', deadline: { year: 2026, month: 9, day: 30 } } as const;

  it('has finance set tasks, the unit submit evidence, finance close or return it', () => {
    expect(refusal(applyLifecycleAction(submitted(), TASK, FINANCE, TODAY)).reason).toBe('wrongStage');
    const set = step(accepted(), TASK, FINANCE);
    expect(set.rectifications).toEqual([{ id: 'task-1', title: TASK.title, owner: TASK.owner, deadline: TASK.deadline, status: 'open' }]);
    expect(refusal(applyLifecycleAction(accepted(), { ...TASK, deadline: { year: 2026, month: 8, day: 1 } }, FINANCE, TODAY))).toMatchObject({ field: 'deadline' });
    expect(refusal(applyLifecycleAction(accepted(), { ...TASK, owner: '' }, FINANCE, TODAY))).toMatchObject({ field: 'owner' });
    expect(refusal(applyLifecycleAction(set, { kind: 'reviewEvidence', taskId: 'task-1', approve: true }, FINANCE, TODAY)).message).toBe('尚未提交整改材料');
    expect(refusal(applyLifecycleAction(set, { kind: 'submitEvidence', taskId: 'task-1', evidence: '' }, UNIT, TODAY)).field).toBe('evidence');
    const sent = step(set, { kind: 'submitEvidence', taskId: 'task-1', evidence: '已调整支出结构，附凭证' }, UNIT);
    expect(refusal(applyLifecycleAction(sent, { kind: 'submitEvidence', taskId: 'task-1', evidence: '再交' }, UNIT, TODAY)).reason).toBe('taskNotOpen');
    const back = step(sent, { kind: 'reviewEvidence', taskId: 'task-1', approve: false, reason: '缺少凭证' }, FINANCE);
    expect(back.rectifications[0]).toMatchObject({ status: 'open', returnReason: '缺少凭证' });
    const closed = step(step(back, { kind: 'submitEvidence', taskId: 'task-1', evidence: '补充凭证' }, UNIT), { kind: 'reviewEvidence', taskId: 'task-1', approve: true }, FINANCE);
    expect(closed.rectifications[0]).toEqual({ id: 'task-1', title: TASK.title, owner: TASK.owner, deadline: TASK.deadline, status: 'closed', evidence: '补充凭证' });
    expect(refusal(applyLifecycleAction(closed, { kind: 'reviewEvidence', taskId: 'task-1', approve: true }, FINANCE, TODAY)).message).toBe('该整改任务已销号');
    expect(refusal(applyLifecycleAction(closed, { kind: 'submitEvidence', taskId: 'task-7', evidence: 'x' }, UNIT, TODAY))).toMatchObject({ field: 'taskId' });
  });

  it('applies results only once every task is closed, then the unit publishes or says why not', () => {
    const open = step(accepted(), TASK, FINANCE);
    expect(refusal(applyLifecycleAction(open, { kind: 'applyResults', suggestion: '保障' }, FINANCE, TODAY)).message).toBe('还有 1 项整改任务未销号');
    expect(refusal(applyLifecycleAction(accepted(), { kind: 'applyResults', suggestion: '' }, FINANCE, TODAY)).field).toBe('suggestion');
    expect(refusal(applyLifecycleAction(accepted(), { kind: 'publish', public: true }, UNIT, TODAY)).reason).toBe('wrongStage');
    const applied = step(accepted(), { kind: 'applyResults', suggestion: '优先保障', note: '下年度预算不低于本年' }, FINANCE);
    expect(applied).toMatchObject({ stage: 'resultsApplied', results: { suggestion: '优先保障', note: '下年度预算不低于本年' } });
    expect(refusal(applyLifecycleAction(applied, { kind: 'publish', public: false }, UNIT, TODAY))).toMatchObject({ field: 'reason', message: '请填写不予公开的原因' });
    expect(step(applied, { kind: 'publish', public: false, reason: '涉密项目' }, UNIT)).toMatchObject({ stage: 'published', disclosure: { public: false, reason: '涉密项目' } });
    const published = step(applied, { kind: 'publish', public: true }, UNIT);
    expect(published.disclosure).toEqual({ public: true });
    expect(refusal(applyLifecycleAction(published, { kind: 'publish', public: true }, UNIT, TODAY)).reason).toBe('wrongStage');
  });
});
