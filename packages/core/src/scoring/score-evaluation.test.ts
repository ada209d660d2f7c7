import { describe, expect, it } from 'vitest';
import { DEPARTMENT_EVALUATION_2020 } from '../frameworks/templates.js';
import { Decimal } from '../money/decimal.js';
import { figures, framework, indicator, scoringContext, TEST_FISCAL_YEAR } from '../testing/project-builder.js';
import { scoreEvaluation, scoreIndicator } from './score-evaluation.js';

describe('scoreIndicator with unreadable texts (readProblems)', () => {
  it('does not score an indicator whose actual could not be read, and says why', () => {
    const scored = scoreIndicator(indicator({ weight: 5, target: '≥2次', actual: '大约三四次吧' }), scoringContext());
    expect(scored.outcome).toMatchObject({ ok: false, code: 'missingActual' });
    expect(scored.score.isZero()).toBe(true);
    expect(scored.derivation).toMatch(/^未能计分：无法识别“大约三四次吧”/);
    expect(scored.rate).toBeUndefined();
  });

  it('names an unreadable target first, and every problem', () => {
    const scored = scoreIndicator(indicator({ weight: 5, target: '看情况', actual: '差不多' }), scoringContext());
    expect(scored.outcome).toMatchObject({ ok: false, code: 'missingTarget' });
    expect(scored.derivation).toContain('“看情况”');
    expect(scored.derivation).toContain('“差不多”');
    expect(scored.indicator.readProblems.map((p) => p.field)).toEqual(['target', 'actual']);
  });

  it('keeps the rule that would have scored it', () => {
    const scored = scoreIndicator(indicator({ weight: 5, target: '≥2次', actual: '' }), scoringContext());
    expect(scored.ruleId).toBe('higherIsBetter');
    expect(scored.outcome.ok).toBe(false);
  });
});

describe('scoreEvaluation', () => {
  const twoDimensions = framework({
    dimensions: [
      { id: 'output', name: '产出', weight: Decimal.from(60), groups: [{ id: 'quantity', name: '产出数量' }, { id: 'cost', name: '产出成本', weight: Decimal.from(20) }] },
      { id: 'benefit', name: '效益', weight: Decimal.from(40), groups: [{ id: 'social', name: '社会效益' }] },
    ],
  });
  const indicators = [
    indicator({ level2: 'quantity', weight: 20, target: '≥3次', actual: '2次' }), // 13.33
    indicator({ level2: 'quantity', weight: 20, target: '≥90%', actual: '95%' }), // 20
    indicator({ level2: 'cost', weight: 20, target: '≤20万元', actual: '25万元' }), // 15
    indicator({ level1: 'benefit', level2: 'social', weight: 40, target: '逐步提高', actual: '逐步提高', claimedScore: 35 }), // 35
    indicator({ level1: 'benefit', level2: 'elsewhere', weight: 0, target: '≥1次', actual: '1次' }), // in no group
  ];
  const card = scoreEvaluation({ framework: twoDimensions, indicators, budget: figures(), fiscalYear: TEST_FISCAL_YEAR });

  it('sums groups, dimensions and the total from the rounded indicator scores', () => {
    expect(card.indicators.map((s) => s.score.toFixed(2))).toEqual(['13.33', '20.00', '15.00', '35.00', '0.00']);
    const output = card.dimensions[0];
    expect(output?.groups.map((g) => [g.id, g.score.toFixed(2), g.indicatorWeight.toString(), g.weight?.toString()])).toEqual([
      ['quantity', '33.33', '40', undefined],
      ['cost', '15.00', '20', '20'],
    ]);
    expect(card.dimensions.map((d) => [d.score.toFixed(2), d.weight.toString(), d.indicatorWeight.toString()])).toEqual([
      ['48.33', '60', '60'],
      ['35.00', '40', '40'],
    ]);
    expect(card.totalScore.toFixed(2)).toBe('83.33');
    expect(card.totalWeight.toString()).toBe('100');
    expect(card.grade.label).toBe('良');
  });

  it('lists indicators in the evaluation’s order and the unscored ones', () => {
    expect(card.indicators.map((s) => s.indicator)).toEqual(indicators);
    expect(card.unscored).toHaveLength(0);
    const withUnreadable = scoreEvaluation({ framework: twoDimensions, indicators: [...indicators, indicator({ weight: 1, target: '≥1次', actual: '很多' })], budget: figures(), fiscalYear: TEST_FISCAL_YEAR });
    expect(withUnreadable.unscored.map((s) => s.indicator.actualText)).toEqual(['很多']);
  });

  it('applies the framework’s grade bands', () => {
    const strict = framework({ ...twoDimensions, settings: { gradeBands: [{ grade: 'excellent', label: '优', min: Decimal.from(99) }, { grade: 'poor', label: '差', min: Decimal.ZERO }] } });
    expect(scoreEvaluation({ framework: strict, indicators, budget: figures(), fiscalYear: TEST_FISCAL_YEAR }).grade.label).toBe('差');
  });

  it('scores an empty evaluation as 0 in the lowest band', () => {
    const empty = scoreEvaluation({ framework: DEPARTMENT_EVALUATION_2020, indicators: [], budget: figures(), fiscalYear: TEST_FISCAL_YEAR });
    expect(empty.totalScore.isZero()).toBe(true);
    expect(empty.grade.label).toBe('差');
    expect(empty.dimensions.map((d) => d.id)).toEqual(['decision', 'process', 'output', 'benefit']);
  });
});
