import { describe, expect, it } from 'vitest';
import { applyLifecycleAction } from './apply-action.js';
import type { LifecycleAction } from './lifecycle-action.js';
import { INITIAL_LIFECYCLE, type LifecycleState } from './lifecycle-state.js';
import { pendingSteps } from './pending-steps.js';
import { addWorkingDays, weekday } from './working-days.js';

const TODAY = { year: 2026, month: 8, day: 5 };
function run(...actions: LifecycleAction[]): LifecycleState {
  return actions.reduce((state, action) => {
    const outcome = applyLifecycleAction(state, action, { role: 'admin', ofProjectUnit: false }, TODAY);
    if (!outcome.ok) throw new Error(outcome.refusal.message);
    return outcome.state;
  }, INITIAL_LIFECYCLE);
}
const sides = (state: LifecycleState, today = TODAY) => pendingSteps(state, today).map((p) => [p.side, p.kind, p.subject ?? null, p.overdue]);

describe('pendingSteps (待办)', () => {
  it('names what waits for the unit and what for finance at each step', () => {
    expect(sides(INITIAL_LIFECYCLE)).toEqual([['unit', 'submitTargets', null, false]]);
    expect(sides(run({ kind: 'submitTargets' }))).toEqual([['finance', 'reviewTargets', '初审', false]]);
    expect(sides(run({ kind: 'submitTargets' }, { kind: 'reviewTargets', approve: true }))).toEqual([['finance', 'reviewTargets', '复审', false]]);
    const execution = [{ kind: 'submitTargets' }, { kind: 'reviewTargets', approve: true }, { kind: 'reviewTargets', approve: true }] as const;
    expect(sides(run(...execution))).toEqual([]);
    const open = run(...execution, { kind: 'openRound', throughMonth: 7, fillDue: { year: 2026, month: 8, day: 31 } });
    expect(sides(open)).toEqual([['unit', 'fillRound', '1–7月', false]]);
    expect(sides(open, { year: 2026, month: 9, day: 1 })).toEqual([['unit', 'fillRound', '1–7月', true]]);
    const reviewed = run(
      ...execution,
      { kind: 'openRound', throughMonth: 7, fillDue: { year: 2026, month: 8, day: 31 } },
      { kind: 'fillRound', roundId: 'round-1', alerts: ['执行率 红灯'] },
      { kind: 'reviewRound', roundId: 'round-1', approve: true, responseWorkingDays: 3 },
      { kind: 'proposeAdjustment', summary: '调减' },
    );
    expect(pendingSteps(reviewed, TODAY).find((p) => p.kind === 'respondToAlert')).toMatchObject({ subjectId: 'round-1/alert-1', due: { year: 2026, month: 8, day: 10 }, overdue: false });
    // The response was due on Monday 10 August: on the 11th it is flagged.
    expect(sides(reviewed, { year: 2026, month: 8, day: 11 })).toEqual([
      ['finance', 'reviewAdjustment', '调减', false],
      ['unit', 'respondToAlert', '1–7月 执行率 红灯', true],
    ]);
  });
});

describe('working days', () => {
  it('skips weekends', () => {
    expect(weekday({ year: 2026, month: 8, day: 5 })).toBe(2); // Wednesday
    expect(addWorkingDays({ year: 2026, month: 8, day: 7 }, 1)).toEqual({ year: 2026, month: 8, day: 10 }); // Friday → Monday
    expect(addWorkingDays({ year: 2026, month: 8, day: 8 }, 1)).toEqual({ year: 2026, month: 8, day: 10 }); // Saturday → Monday
    expect(addWorkingDays({ year: 2026, month: 12, day: 31 }, 2)).toEqual({ year: 2027, month: 1, day: 4 });
    expect(() => addWorkingDays({ year: 2026, month: 8, day: 7 }, 0)).toThrow(RangeError);
  });
});
