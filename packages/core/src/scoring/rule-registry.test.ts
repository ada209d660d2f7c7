import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.js';
import { indicator, scoringContext } from '../testing/project-builder.js';
import { DEFAULT_RULES, ScoringRuleRegistry, defaultRegistry } from './rule-registry.js';
import { scoreIndicator } from './score-evaluation.js';
import type { ScoringRule } from './scoring-rule.js';

/** A local rule a province might add: half marks for anything reported at all. */
const halfMarks: ScoringRule = {
  id: 'halfMarks',
  label: '有报告即得半分',
  basis: '测试',
  score: (ind) => ({ ok: true, score: ind.weight.times(Decimal.from('0.5')).round(2), explain: () => '半分' }),
};

describe('ScoringRuleRegistry', () => {
  it('holds the twelve default rules with distinct ids and Chinese labels', () => {
    expect(defaultRegistry.ids()).toEqual([
      'higherIsBetter', 'equals', 'lowerIsBetterLinear', 'lowerIsBetterRatio', 'deadline', 'qualitativeTiers',
      'fundingRate', 'executionRate', 'completionRate', 'qualityRate', 'costSavingRate', 'manual',
    ]);
    for (const rule of DEFAULT_RULES) {
      expect(rule.label).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.basis.length).toBeGreaterThan(1);
    }
  });

  it('adds a custom rule with .with() without changing the original', () => {
    const local = defaultRegistry.with(halfMarks);
    expect(local.get('halfMarks')).toBe(halfMarks);
    expect(local.has('higherIsBetter')).toBe(true);
    expect(defaultRegistry.has('halfMarks')).toBe(false);
    const scored = scoreIndicator(indicator({ weight: 5, rule: 'halfMarks' }), scoringContext(), local);
    expect([scored.ruleId, scored.ruleLabel, scored.score.toFixed(2), scored.derivation]).toEqual(['halfMarks', '有报告即得半分', '2.50', '半分']);
  });

  it('replaces a rule of the same id through .with()', () => {
    const replaced = defaultRegistry.with({ ...halfMarks, id: 'higherIsBetter' });
    expect(replaced.get('higherIsBetter')?.label).toBe('有报告即得半分');
    expect(replaced.ids()).toHaveLength(DEFAULT_RULES.length);
  });

  it('rejects a duplicate id in one list', () => {
    expect(() => new ScoringRuleRegistry([halfMarks, halfMarks])).toThrow('scoring rule id "halfMarks" is registered twice');
  });

  it('an unknown rule id does not score, and says so', () => {
    const scored = scoreIndicator(indicator({ weight: 5, rule: 'noSuchRule', target: '≥2次', actual: '3次' }), scoringContext());
    expect(scored.outcome).toEqual({ ok: false, code: 'notComputable', reason: '未知的评分规则“noSuchRule”' });
    expect(scored.score.isZero()).toBe(true);
    expect(scored.ruleLabel).toBe('noSuchRule');
  });
});
