import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../time/plain-date.js';
import { applyLifecycleAction } from './apply-action.js';
import { ACTION_SIDE, type LifecycleAction, type LifecycleActor, type LifecycleRole } from './lifecycle-action.js';
import { lifecycleViolations } from './lifecycle-rules.js';
import { INITIAL_LIFECYCLE, type LifecycleState } from './lifecycle-state.js';
import { pendingSteps } from './pending-steps.js';

const ROLES: readonly LifecycleRole[] = ['admin', 'leader', 'financeReviewer', 'unitStaff', 'evaluator'];
const actor: fc.Arbitrary<LifecycleActor> = fc.record({ role: fc.constantFrom(...ROLES), ofProjectUnit: fc.boolean() });
const date: fc.Arbitrary<PlainDate> = fc.record({ year: fc.constant(2026), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) });
/** Mostly well-formed text, sometimes blank: guards on reasons must hold either way. */
const text = fc.oneof(fc.constantFrom('原因', '调减数量指标', '附凭证'), fc.constantFrom('', '  '), fc.string({ maxLength: 5 }));
const optionalText = fc.option(text, { nil: undefined });
const id = (prefix: string) => fc.integer({ min: 1, max: 3 }).map((n) => `${prefix}-${n}`);

/** Every kind of step with inputs near the edges (unknown ids, past dates, blank reasons, bad months). */
const action: fc.Arbitrary<LifecycleAction> = fc.oneof(
  fc.constant({ kind: 'submitTargets' as const }),
  fc.record({ kind: fc.constant('reviewTargets' as const), approve: fc.boolean(), reason: optionalText }),
  fc.record({ kind: fc.constant('proposeAdjustment' as const), summary: text }),
  fc.record({ kind: fc.constant('reviewAdjustment' as const), adjustmentId: id('adjustment'), approve: fc.boolean(), reason: optionalText }),
  fc.record({ kind: fc.constant('openRound' as const), throughMonth: fc.integer({ min: 0, max: 13 }), fillDue: date }),
  fc.record({ kind: fc.constant('fillRound' as const), roundId: id('round'), alerts: fc.array(text, { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('reviewRound' as const), roundId: id('round'), approve: fc.boolean(), reason: optionalText, responseWorkingDays: fc.option(fc.integer({ min: -1, max: 61 }), { nil: undefined }) }),
  fc.record({ kind: fc.constant('respondToAlert' as const), roundId: id('round'), alertId: id('alert'), response: fc.constantFrom('continue' as const, 'reallocate' as const, 'cancel' as const), note: optionalText }),
  fc.constant({ kind: 'submitSelfEvaluation' as const }),
  fc.record({ kind: fc.constant('reviewSelfEvaluation' as const), approve: fc.boolean(), reason: optionalText }),
  fc.record({ kind: fc.constant('createRectification' as const), title: text, owner: text, deadline: date }),
  fc.record({ kind: fc.constant('submitEvidence' as const), taskId: id('task'), evidence: text }),
  fc.record({ kind: fc.constant('reviewEvidence' as const), taskId: id('task'), approve: fc.boolean(), reason: optionalText }),
  fc.record({ kind: fc.constant('applyResults' as const), suggestion: text, note: optionalText }),
  fc.record({ kind: fc.constant('publish' as const), public: fc.boolean(), reason: optionalText }),
);

/**
 * A well-formed next step for the state (a pending one, or an optional one such as opening a
 * round), so that sequences get deep into the year instead of stopping at the first guard.
 */
function guided(state: LifecycleState, today: PlainDate, pick: number): LifecycleAction {
  const options: LifecycleAction[] = pendingSteps(state, today).map((p): LifecycleAction => {
    const [roundId = '', alertId = ''] = (p.subjectId ?? '').split('/');
    switch (p.kind) {
      case 'reviewAdjustment':
        return { kind: p.kind, adjustmentId: roundId, approve: pick % 3 !== 2, reason: '原因' };
      case 'fillRound':
        return { kind: p.kind, roundId, alerts: pick % 2 === 0 ? ['执行率 红灯'] : [] };
      case 'reviewRound':
        return { kind: p.kind, roundId, approve: pick % 4 !== 3, reason: '原因' };
      case 'respondToAlert':
        return { kind: p.kind, roundId, alertId, response: (['continue', 'reallocate', 'cancel'] as const)[pick % 3] ?? 'continue', note: '措施' };
      case 'submitEvidence':
        return { kind: p.kind, taskId: roundId, evidence: '材料' };
      case 'reviewEvidence':
        return { kind: p.kind, taskId: roundId, approve: pick % 3 !== 2, reason: '原因' };
      case 'applyResults':
        return { kind: p.kind, suggestion: '保障' };
      case 'publish':
        return { kind: p.kind, public: pick % 2 === 0, reason: '涉密' };
      case 'reviewTargets':
      case 'reviewSelfEvaluation':
        return { kind: p.kind, approve: pick % 4 !== 3, reason: '原因' };
      default:
        return { kind: p.kind } as LifecycleAction;
    }
  });
  const month = (state.rounds.at(-1)?.throughMonth ?? 0) + 1 + (pick % 3);
  const roundId = state.rounds.at(-1)?.id ?? 'round-1';
  const taskId = state.rectifications.at(-1)?.id ?? 'task-1';
  // Every kind, well formed, whether or not it is due: guards must refuse the early ones.
  const optional: LifecycleAction[] = [
    { kind: 'openRound', throughMonth: month, fillDue: { year: today.year + 1, month: 1, day: 31 } },
    { kind: 'proposeAdjustment', summary: '调整' },
    { kind: 'submitSelfEvaluation' },
    { kind: 'createRectification', title: '整改', owner: '财务科', deadline: { year: today.year + 1, month: 6, day: 30 } },
    { kind: 'applyResults', suggestion: '保障' },
    { kind: 'publish', public: true },
    { kind: 'submitTargets' },
    { kind: 'reviewTargets', approve: true },
    { kind: 'reviewSelfEvaluation', approve: true },
    { kind: 'reviewAdjustment', adjustmentId: state.adjustments.at(-1)?.id ?? 'adjustment-1', approve: true },
    { kind: 'fillRound', roundId, alerts: ['执行率 红灯'] },
    { kind: 'reviewRound', roundId, approve: true },
    { kind: 'respondToAlert', roundId, alertId: 'alert-1', response: 'continue' },
    { kind: 'submitEvidence', taskId, evidence: '材料' },
    { kind: 'reviewEvidence', taskId, approve: true },
  ];
  // Rectification tasks before results are applied, so that tasks are open when results are tried.
  if (state.stage === 'rectification' && state.rectifications.length < 2 && pick % 2 === 0) return optional[3] ?? { kind: 'submitTargets' };
  // Mostly what waits, sometimes any step.
  const from = options.length > 0 && pick % 4 !== 0 ? options : optional;
  return from[Math.floor(pick / 4) % from.length] ?? { kind: 'submitTargets' };
}

/** A random action, or (more often) a guided one. */
const chosenAction = fc.oneof({ arbitrary: action, weight: 1 }, { arbitrary: fc.noBias(fc.nat(1_000)), weight: 3 });
const step = fc.tuple(actor, date, chosenAction);
/** The actor whose side the step is, so that sequences also get deep with wrong actors mixed in. */
const rightful = (step: LifecycleAction): LifecycleActor => ({ role: ACTION_SIDE[step.kind] === 'unit' ? 'unitStaff' : 'financeReviewer', ofProjectUnit: true });
const actionFor = (state: LifecycleState, today: PlainDate, chosen: LifecycleAction | number) => (typeof chosen === 'number' ? guided(state, today, chosen) : chosen);

const mayTake = (who: LifecycleActor, step: LifecycleAction) =>
  who.role === 'admin' || (ACTION_SIDE[step.kind] === 'unit' ? who.role === 'unitStaff' && who.ofProjectUnit : who.role === 'financeReviewer');

describe('the stage machine under any sequence of steps by any role', () => {
  it('never reaches a state its rules forbid; refusals change nothing; only the allowed side moves the year', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof({ arbitrary: actor, weight: 1 }, { arbitrary: fc.constant(undefined), weight: 3 }), date, chosenAction), { minLength: 20, maxLength: 80 }), (steps) => {
        let state: LifecycleState = INITIAL_LIFECYCLE;
        for (const [anyone, today, chosen] of steps) {
          const step = actionFor(state, today, chosen);
          const who = anyone ?? rightful(step);
          const before = state;
          const outcome = applyLifecycleAction(state, step, who, today);
          if (outcome.ok) {
            expect(mayTake(who, step), `${who.role} took ${step.kind}`).toBe(true);
            state = outcome.state;
            const broken = lifecycleViolations(state);
            if (broken.length > 0) expect.fail(`${broken.join('；')}: ${JSON.stringify(state)}`);
          } else {
            expect(outcome.refusal.message).toMatch(/[\u4e00-\u9fff]/);
            if (!mayTake(who, step)) expect(outcome.refusal.code).toBe('forbidden');
          }
          expect(before === state || outcome.ok).toBe(true);
          for (const pending of pendingSteps(state, today)) expect(pending.label).toMatch(/[\u4e00-\u9fff]/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reaches every stage along some sequence (the rules are not vacuous)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.array(step, { minLength: 20, maxLength: 80 }), (steps) => {
        let state: LifecycleState = INITIAL_LIFECYCLE;
        for (const [, today, chosen] of steps) {
          const step = actionFor(state, today, chosen);
          const outcome = applyLifecycleAction(state, step, rightful(step), today);
          if (outcome.ok) state = outcome.state;
          seen.add(state.stage);
        }
      }),
      { numRuns: 300 },
    );
    expect([...seen].sort()).toEqual(['execution', 'published', 'rectification', 'resultsApplied', 'selfEvaluation', 'targets']);
  });
});
