import { describe, expect, it } from 'vitest';
import { indicator, scoringContext } from '../../testing/project-builder.js';
import type { RuleOutcome } from '../scoring-rule.js';
import { lowerIsBetterLinear, lowerIsBetterRatio } from './lower-is-better.js';

const context = scoringContext();

function score(outcome: RuleOutcome): string {
  if (!outcome.ok) throw new Error(`expected a score, got ${outcome.code}: ${outcome.reason}`);
  return outcome.score.toFixed(2);
}

describe('lowerIsBetterLinear (B ≤ A → w; A < B < 2A → w × (2A − B) ÷ A; B ≥ 2A → 0)', () => {
  const cap = (actual: string, weight = 10) => lowerIsBetterLinear.score(indicator({ weight, target: '≤20万元', actual }), context);

  it('gives full marks under and at the cap', () => {
    expect(score(cap('15万元'))).toBe('10.00');
    expect(score(cap('20万元'))).toBe('10.00');
    expect(score(cap('0万元'))).toBe('10.00');
  });

  it('deducts in proportion to the overrun', () => {
    const outcome = cap('25万元');
    expect(score(outcome)).toBe('7.50');
    expect(outcome.ok && outcome.explain()).toBe('10 × 75.00% = 7.50（超出 20万元 上限 25.00%）');
    expect(score(cap('39.99万元'))).toBe('0.01');
  });

  it('gives 0 at exactly twice the cap and beyond (the 2A boundary)', () => {
    expect(score(cap('40万元'))).toBe('0.00');
    expect(score(cap('60.32万元', 3))).toBe('0.00');
    const outcome = cap('40万元');
    expect(outcome.ok && outcome.explain()).toContain('2 倍');
  });

  it('gives 0 for any spending against a zero cap (A = 0), full marks for none', () => {
    const zero = (actual: string) => lowerIsBetterLinear.score(indicator({ weight: 5, target: '≤0万元', actual }), context);
    expect(score(zero('0万元'))).toBe('5.00');
    expect(score(zero('0.01万元'))).toBe('0.00');
  });

  it('converts an actual in 元 to the target’s 万元 exactly', () => {
    expect(score(cap('250000元'))).toBe('7.50');
    expect(score(cap('200000元'))).toBe('10.00');
  });
});

describe('lowerIsBetterRatio (w × A ÷ B, capped at w)', () => {
  const cap = (actual: string, target = '≤20万元') => lowerIsBetterRatio.score(indicator({ weight: 10, target, actual }), context);

  it('gives full marks at or under the cap', () => {
    expect(score(cap('20万元'))).toBe('10.00');
    expect(score(cap('5万元'))).toBe('10.00');
  });

  it('scores w × A ÷ B over the cap, never 0 however large the overrun', () => {
    const outcome = cap('25万元');
    expect(score(outcome)).toBe('8.00');
    expect(outcome.ok && outcome.explain()).toBe('10 × 80.00% = 8.00（目标 20万元 ÷ 实际 25万元）');
    expect(score(cap('60.32万元'))).toBe('3.32');
  });

  it('handles B = 0: full marks under a positive or zero cap, no division by zero', () => {
    expect(score(cap('0万元'))).toBe('10.00');
    expect(score(cap('0万元', '≤0万元'))).toBe('10.00');
  });

  it('gives 0 for spending against a zero cap', () => {
    expect(score(cap('1万元', '≤0万元'))).toBe('0.00');
  });

  it('never divides by zero or rewards an overrun of a negative cap', () => {
    // A = −5, B = 0 is over the cap: A ÷ B is undefined and must not throw.
    expect(score(cap('0个', '≤-5个'))).toBe('0.00');
    // A = −5, B = −3: A ÷ B = 167% would cap at full marks for a cap that was exceeded.
    expect(score(cap('-3个', '≤-5个'))).toBe('0.00');
  });
});
