import { applyLifecycleAction, compareDates, INITIAL_LIFECYCLE, ACTION_SIDE, type LifecycleAction, type LifecycleState, type PlainDate } from '@jixiao/core';
import type { DemoYear } from './demo-years.js';

/** One step of a demo project's year, dated, taken by the unit's or finance's (fictional) staff. */
export interface DemoStep {
  readonly action: LifecycleAction;
  readonly on: PlainDate;
}

export interface DemoLifecycle {
  readonly state: LifecycleState;
  readonly steps: readonly DemoStep[];
}

/**
 * Where a synthetic project's year stands, so that every stage, to-do and overdue item has
 * examples: this year's projects spread over target review and monitoring rounds (some fills and
 * alert responses overdue), last year's over 自评, 整改 (some tasks overdue), 结果应用 and 公开, the
 * year before last published. Built by taking the steps through the core's stage machine, so each
 * state is one the rules allow. A project whose audit finds errors cannot submit its self-evaluation
 * (as in the API) and stays after its last monitoring round.
 */
export function demoLifecycle(index: number, year: DemoYear, today: PlainDate, auditClean: boolean): DemoLifecycle {
  const plan = year.phase === 'inProgress' ? currentYearPlan(index, year, today) : closedYearPlan(index, year, today, auditClean);
  let state = INITIAL_LIFECYCLE;
  for (const step of plan) {
    const side = ACTION_SIDE[step.action.kind];
    const outcome = applyLifecycleAction(state, step.action, { role: side === 'unit' ? 'unitStaff' : 'financeReviewer', ofProjectUnit: true }, step.on);
    if (!outcome.ok) throw new Error(`demo lifecycle step ${step.action.kind} refused: ${outcome.refusal.message}`);
    state = outcome.state;
  }
  return { state, steps: plan };
}

const TARGETS_RETURN = '产出指标缺少数量目标依据，请补充测算过程';

function approvedTargets(fiscalYear: number): DemoStep[] {
  const on = (month: number, day: number) => ({ year: fiscalYear, month, day });
  return [
    { action: { kind: 'submitTargets' }, on: on(1, 10) },
    { action: { kind: 'reviewTargets', approve: true }, on: on(1, 20) },
    { action: { kind: 'reviewTargets', approve: true }, on: on(2, 5) },
  ];
}

function currentYearPlan(index: number, year: DemoYear, today: PlainDate): DemoStep[] {
  const day = (offset: number) => notBefore(shift(today, offset), { year: year.fiscalYear, month: 1, day: 1 });
  const throughMonth = Math.max(1, today.month - 1);
  const targets = approvedTargets(year.fiscalYear).map((s) => ({ ...s, on: earlier(s.on, today) }));
  const open = (offset: number, dueOffset: number): DemoStep => ({ action: { kind: 'openRound', throughMonth, fillDue: day(dueOffset) }, on: day(offset) });
  const fill = (offset: number, alerts: string[]): DemoStep => ({ action: { kind: 'fillRound', roundId: 'round-1', alerts }, on: day(offset) });
  const review = (offset: number): DemoStep => ({ action: { kind: 'reviewRound', roundId: 'round-1', approve: true, responseWorkingDays: 5 }, on: day(offset) });
  const alerts = ['预算执行率低于序时进度', '数量指标完成进度滞后'];
  switch (index % 11) {
    case 0:
      return [];
    case 1:
      return targets.slice(0, 1);
    case 2:
      return [...targets.slice(0, 1), { action: { kind: 'reviewTargets', approve: false, reason: TARGETS_RETURN }, on: targets[1]?.on ?? today }];
    case 3:
      return targets.slice(0, 2);
    case 4:
      return [...targets, open(-5, 10)];
    case 5:
      // The fill is overdue: due ten days ago.
      return [...targets, open(-40, -10)];
    case 6:
      return [...targets, open(-20, 5), fill(-2, alerts.slice(0, 1))];
    case 7:
      return [...targets, open(-20, 5), fill(-8, alerts), review(-2)];
    case 8:
      // Responses were due within five working days of a review three weeks ago: overdue.
      return [...targets, open(-40, -10), fill(-30, alerts), review(-21)];
    case 9:
      return [...targets, { action: { kind: 'proposeAdjustment', summary: '受项目实施进度影响，申请调减年度数量指标 10%' }, on: day(-3) }];
    default:
      return [
        ...targets,
        open(-40, -10),
        fill(-30, alerts.slice(0, 1)),
        review(-25),
        { action: { kind: 'respondToAlert', roundId: 'round-1', alertId: 'alert-1', response: 'continue' }, on: day(-22) },
      ];
  }
}

function closedYearPlan(index: number, year: DemoYear, today: PlainDate, auditClean: boolean): DemoStep[] {
  const fy = year.fiscalYear;
  const monitored: DemoStep[] = [
    ...approvedTargets(fy),
    { action: { kind: 'openRound', throughMonth: 7, fillDue: { year: fy, month: 8, day: 20 } }, on: { year: fy, month: 8, day: 1 } },
    { action: { kind: 'fillRound', roundId: 'round-1', alerts: [] }, on: { year: fy, month: 8, day: 15 } },
    { action: { kind: 'reviewRound', roundId: 'round-1', approve: true }, on: { year: fy, month: 8, day: 25 } },
  ];
  if (!auditClean) return monitored;
  // Last year's self-evaluation and what follows happen early this year (never after today).
  const spring = (month: number, day: number) => earlier({ year: fy + 1, month, day }, today);
  const submitted = [...monitored, { action: { kind: 'submitSelfEvaluation' }, on: spring(2, 20) }] as DemoStep[];
  const accepted = [...submitted, { action: { kind: 'reviewSelfEvaluation', approve: true }, on: spring(3, 10) }] as DemoStep[];
  const task = (on: PlainDate, deadline: PlainDate): DemoStep => ({ action: { kind: 'createRectification', title: '成本指标实际值超出目标，需压减相关支出', owner: '单位财务科', deadline }, on });
  const closedTask = [
    ...accepted,
    task(spring(3, 15), spring(4, 30)),
    { action: { kind: 'submitEvidence', taskId: 'task-1', evidence: '已调整支出结构，附整改报告及凭证' }, on: spring(4, 20) },
    { action: { kind: 'reviewEvidence', taskId: 'task-1', approve: true }, on: spring(4, 25) },
  ] as DemoStep[];
  const applied = [...closedTask, { action: { kind: 'applyResults', suggestion: '保障', note: '下年度按原规模安排' }, on: spring(5, 10) }] as DemoStep[];
  const published = (isPublic: boolean): DemoStep[] => [
    ...applied,
    { action: isPublic ? { kind: 'publish', public: true } : { kind: 'publish', public: false, reason: '涉及敏感信息，按规定不予公开' }, on: spring(5, 30) },
  ];
  if (year.fiscalYear < today.year - 1) return published(index % 5 !== 0);
  switch (index % 8) {
    case 0:
      return submitted;
    case 1:
      return [...submitted, { action: { kind: 'reviewSelfEvaluation', approve: false, reason: '满意度调查缺少样本说明，请补充后重新提交' }, on: spring(3, 5) }];
    case 2:
      return [...accepted, task(earlier(shift(today, -10), spring(3, 15)), shift(today, 20))];
    case 3:
      // Overdue: the deadline passed ten days ago.
      return [...accepted, task(notBefore(shift(today, -40), spring(3, 11)), notBefore(shift(today, -10), spring(3, 11)))];
    case 4:
      return [...accepted, task(spring(3, 15), shift(today, 15)), { action: { kind: 'submitEvidence', taskId: 'task-1', evidence: '已完成整改，附说明' }, on: today }];
    case 5:
      return applied;
    case 6:
      return published(true);
    default:
      return published(false);
  }
}

function shift(date: PlainDate, days: number): PlainDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function earlier(a: PlainDate, b: PlainDate): PlainDate {
  return compareDates(a, b) <= 0 ? a : b;
}

function notBefore(a: PlainDate, floor: PlainDate): PlainDate {
  return compareDates(a, floor) >= 0 ? a : floor;
}
