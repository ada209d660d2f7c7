import { describe, expect, it } from 'vitest';
import { indicator, scoringContext } from '../../testing/project-builder.js';
import { defaultRegistry } from '../rule-registry.js';
import type { RuleOutcome } from '../scoring-rule.js';
import { scoreIndicator } from '../score-evaluation.js';
import { completionRate, costSavingRate, executionRate, fundingRate, qualityRate } from './formulas.js';

function score(outcome: RuleOutcome): string {
  if (!outcome.ok) throw new Error(`expected a score, got ${outcome.code}: ${outcome.reason}`);
  return outcome.score.toFixed(2);
}

describe('fundingRate (资金到位率 = 实际到位 ÷ 全年预算数)', () => {
  it('scores w × rate with the amounts in 万元', () => {
    const outcome = fundingRate.score(indicator({ weight: 5, formula: 'fundingRate' }), scoringContext({ budget: { received: 900_000 } }));
    expect(score(outcome)).toBe('4.50');
    expect(outcome.ok && outcome.explain()).toBe('5 × 90.00% = 4.50（实际到位 90.00万元 ÷ 预算 100.00万元）');
  });

  it('measures against the adjusted full-year budget', () => {
    expect(score(fundingRate.score(indicator({ weight: 10 }), scoringContext({ budget: { budget: 1_000_000, adjusted: 1_250_000, received: 1_000_000 } })))).toBe('8.00');
  });

  it('caps at w when more arrived than was budgeted', () => {
    expect(score(fundingRate.score(indicator({ weight: 5 }), scoringContext({ budget: { received: 1_200_000 } })))).toBe('5.00');
  });

  it('cannot score a zero budget', () => {
    expect(fundingRate.score(indicator({ weight: 5 }), scoringContext({ budget: { budget: 0, received: 0 } }))).toMatchObject({ ok: false, code: 'notComputable' });
  });
});

describe('executionRate (预算执行率) on both bases', () => {
  const budget = { budget: 1_000_000, adjusted: 1_200_000, received: 1_000_000, spent: 910_200 };

  it('divides by 实际到位 under the 10号 annex (received)', () => {
    const outcome = executionRate.score(indicator({ weight: 5 }), scoringContext({ budget }));
    expect(score(outcome)).toBe('4.55');
    expect(outcome.ok && outcome.explain()).toBe('5 × 91.02% = 4.55（实际支出 91.02万元 ÷ 实际到位 100.00万元）');
  });

  it('divides by the adjusted full-year budget on the self-evaluation sheet', () => {
    const outcome = executionRate.score(indicator({ weight: 10 }), scoringContext({ budget, settings: { executionRateBase: 'adjustedBudget' } }));
    // 910200 ÷ 1200000 = 75.85% → 10 × 0.7585 = 7.585 → 7.59 (half up)
    expect(score(outcome)).toBe('7.59');
    expect(outcome.ok && outcome.explain()).toContain('÷ 全年预算 120.00万元');
  });

  it('cannot score when its base is zero, naming the base', () => {
    const nothingReceived = executionRate.score(indicator({ weight: 5 }), scoringContext({ budget: { received: 0, spent: 0 } }));
    expect(nothingReceived).toMatchObject({ ok: false, code: 'notComputable' });
    expect(!nothingReceived.ok && nothingReceived.reason).toContain('实际到位资金为 0');
    const noBudget = executionRate.score(indicator({ weight: 5 }), scoringContext({ budget: { budget: 0, received: 0, spent: 0 }, settings: { executionRateBase: 'adjustedBudget' } }));
    expect(!noBudget.ok && noBudget.reason).toContain('全年预算数为 0');
  });

  it('caps at w when more was spent than received', () => {
    expect(score(executionRate.score(indicator({ weight: 5 }), scoringContext({ budget: { received: 500_000, spent: 600_000 } })))).toBe('5.00');
  });
});

describe('output formulas', () => {
  const context = scoringContext();

  it('completionRate: 实际产出 ÷ 计划产出', () => {
    expect(completionRate.id).toBe('completionRate');
    expect(score(completionRate.score(indicator({ weight: 10, target: '≥100个', actual: '90个' }), context))).toBe('9.00');
    expect(score(completionRate.score(indicator({ weight: 10, target: '≥100个', actual: '120个' }), context))).toBe('10.00');
  });

  it('qualityRate: 达标率 against its target rate', () => {
    // 10 × 90 ÷ 95 = 9.4737 → 9.47
    expect(score(qualityRate.score(indicator({ weight: 10, target: '≥95%', actual: '90%' }), context))).toBe('9.47');
  });

  it('costSavingRate: overruns penalised linearly', () => {
    expect(score(costSavingRate.score(indicator({ weight: 10, target: '≤100万元', actual: '110万元' }), context))).toBe('9.00');
    expect(score(costSavingRate.score(indicator({ weight: 10, target: '≤100万元', actual: '80万元' }), context))).toBe('10.00');
  });

  it('is selected by an indicator’s formula field and named on the score', () => {
    const scored = scoreIndicator(indicator({ weight: 5, formula: 'executionRate' }), scoringContext({ budget: { spent: 910_200 } }), defaultRegistry);
    expect(scored.ruleId).toBe('executionRate');
    expect(scored.ruleLabel).toBe('预算执行率');
    expect(scored.score.toFixed(2)).toBe('4.55');
    expect(scored.rate?.toPercent()).toBe('91.02%');
  });
});
