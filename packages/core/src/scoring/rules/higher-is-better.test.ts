import { describe, expect, it } from 'vitest';
import { indicator, scoringContext } from '../../testing/project-builder.js';
import type { RuleOutcome } from '../scoring-rule.js';
import { equals, higherIsBetter } from './higher-is-better.js';

const context = scoringContext();

function scored(outcome: RuleOutcome): { score: string; derivation: string; rate?: string } {
  if (!outcome.ok) throw new Error(`expected a score, got ${outcome.code}: ${outcome.reason}`);
  return { score: outcome.score.toFixed(2), derivation: outcome.explain(), ...(outcome.rate ? { rate: outcome.rate.toPercent() } : {}) };
}

describe('higherIsBetter (正向指标: B ≥ A → w, else w × B ÷ A)', () => {
  it('gives full marks when the actual reaches the target', () => {
    const result = scored(higherIsBetter.score(indicator({ weight: 10, target: '≥90%', actual: '95%' }), context));
    expect(result.score).toBe('10.00');
    expect(result.derivation).toBe('实际 95% 达到目标 90%，得满分 10.00');
  });

  it('gives full marks exactly at the target, also for a strict “>” target', () => {
    expect(scored(higherIsBetter.score(indicator({ weight: 5, target: '≥3次', actual: '3次' }), context)).score).toBe('5.00');
    expect(scored(higherIsBetter.score(indicator({ weight: 5, target: '>3次', actual: '3次' }), context)).score).toBe('5.00');
  });

  it('scores w × B ÷ A below the target, with the derivation', () => {
    const result = scored(higherIsBetter.score(indicator({ weight: 10, target: '≥90%', actual: '81%' }), context));
    expect(result).toEqual({ score: '9.00', rate: '90.00%', derivation: '10 × 90.00% = 9.00（实际 81% ÷ 目标 90%）' });
  });

  it('rounds half up once at the end: 5 × 1 ÷ 8 = 0.625 → 0.63', () => {
    expect(scored(higherIsBetter.score(indicator({ weight: 5, target: '≥8次', actual: '1次' }), context)).score).toBe('0.63');
    expect(scored(higherIsBetter.score(indicator({ weight: 5, target: '≥3次', actual: '2次' }), context)).score).toBe('3.33');
  });

  it('gives 0 for nothing done and never goes below 0 for a negative actual', () => {
    expect(scored(higherIsBetter.score(indicator({ weight: 5, target: '≥3次', actual: '0次' }), context)).score).toBe('0.00');
    expect(scored(higherIsBetter.score(indicator({ weight: 5, target: '≥3次', actual: '-2次' }), context)).score).toBe('0.00');
  });

  it('scores a zero target: reached by 0, missed by a negative actual without dividing by zero', () => {
    expect(scored(higherIsBetter.score(indicator({ weight: 5, target: '≥0个', actual: '0个' }), context)).score).toBe('5.00');
    expect(scored(higherIsBetter.score(indicator({ weight: 5, target: '≥0个', actual: '-1个' }), context)).score).toBe('0.00');
  });

  it('does not give full marks for missing a negative target', () => {
    // −10 ÷ −5 = 200% would cap at full marks; an actual below the target earns nothing instead.
    expect(scored(higherIsBetter.score(indicator({ weight: 5, target: '≥-5个', actual: '-10个' }), context)).score).toBe('0.00');
    expect(scored(higherIsBetter.score(indicator({ weight: 5, target: '≥-5个', actual: '-5个' }), context)).score).toBe('5.00');
  });

  it('keeps a fractional weight exact', () => {
    expect(scored(higherIsBetter.score(indicator({ weight: '2.5', target: '≥4次', actual: '3次' }), context)).score).toBe('1.88');
  });
});

describe('equals (=: scored as higher-is-better; zero target only met by B ≤ 0)', () => {
  it('scores like higher-is-better for a non-zero target', () => {
    expect(scored(equals.score(indicator({ weight: 10, target: '=10个', actual: '8个' }), context)).score).toBe('8.00');
    expect(scored(equals.score(indicator({ weight: 10, target: '=10个', actual: '10个' }), context)).score).toBe('10.00');
    expect(scored(equals.score(indicator({ weight: 10, target: '=10个', actual: '12个' }), context)).score).toBe('10.00');
  });

  it('gives full marks for a zero target met by 0', () => {
    const result = scored(equals.score(indicator({ weight: 4, target: '=0个', actual: '0个' }), context));
    expect(result.score).toBe('4.00');
    expect(result.derivation).toContain('目标为 0');
  });

  it('gives 0 for a zero target exceeded', () => {
    const result = scored(equals.score(indicator({ weight: 4, target: '=0个', actual: '1个' }), context));
    expect(result.score).toBe('0.00');
    expect(result.derivation).toBe('目标为 0，实际 1个 超出，得 0.00 分');
  });

  it('reports what is missing instead of scoring', () => {
    expect(equals.score(indicator({ weight: 4, target: '=0个' }), context)).toMatchObject({ ok: false, code: 'missingActual' });
    expect(equals.score(indicator({ weight: 4, actual: '1个' }), context)).toMatchObject({ ok: false, code: 'missingTarget' });
  });
});
