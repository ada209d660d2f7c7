import { describe, expect, it } from 'vitest';
import { Decimal } from '../../money/decimal.js';
import { indicator, scoringContext } from '../../testing/project-builder.js';
import type { RuleOutcome } from '../scoring-rule.js';
import { deadline } from './deadline.js';

function score(outcome: RuleOutcome): string {
  if (!outcome.ok) throw new Error(`expected a score, got ${outcome.code}: ${outcome.reason}`);
  return outcome.score.toFixed(2);
}

const due = (actual: string | undefined, lateScoreShare = Decimal.ZERO) =>
  deadline.score(indicator({ weight: 5, target: '2022年12月20日', ...(actual === undefined ? {} : { actual }) }), scoringContext({ settings: { lateScoreShare } }));

describe('deadline (完成及时性)', () => {
  it('gives full marks on or before the deadline', () => {
    expect(score(due('2022年12月1日'))).toBe('5.00');
    expect(score(due('2022年12月20日'))).toBe('5.00');
    const outcome = due('2022年12月20日');
    expect(outcome.ok && outcome.explain()).toBe('实际 2022年12月20日 完成，不晚于期限 2022年12月20日，得满分 5.00');
  });

  it('gives 0 when late under the national settings', () => {
    const outcome = due('2022年12月25日');
    expect(score(outcome)).toBe('0.00');
    expect(outcome.ok && outcome.explain()).toContain('晚于期限 2022年12月20日 5 天');
  });

  it('keeps the framework’s lateScoreShare of the weight when late', () => {
    const outcome = due('2023年1月5日', Decimal.from('0.5'));
    expect(score(outcome)).toBe('2.50');
    expect(outcome.ok && outcome.explain()).toBe('实际 2023年1月5日 完成，晚于期限 2022年12月20日 16 天：5 × 50% = 2.50');
    expect(score(due('2022年12月21日', Decimal.from('0.333')))).toBe('1.67');
  });

  it('counts “完成” and 100% as on time, as published sheets write it', () => {
    expect(score(due('完成'))).toBe('5.00');
    expect(score(due('按时完成'))).toBe('5.00');
    expect(score(due('100%'))).toBe('5.00');
    const outcome = due('完成');
    expect(outcome.ok && outcome.explain()).toContain('按期限 2022年12月20日 前完成计');
  });

  it('does not read 90% or a count as a date', () => {
    expect(due('90%')).toMatchObject({ ok: false, code: 'kindMismatch' });
    expect(due('3次')).toMatchObject({ ok: false, code: 'kindMismatch' });
  });

  it('says what is missing', () => {
    expect(due(undefined)).toMatchObject({ ok: false, code: 'missingActual' });
    expect(deadline.score(indicator({ weight: 5, target: '≥2次', actual: '2022年1月1日' }), scoringContext())).toMatchObject({ ok: false, code: 'missingTarget' });
  });
});
