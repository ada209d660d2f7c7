import { describe, expect, it } from 'vitest';
import { Decimal } from '../../money/decimal.js';
import { indicator, scoringContext, settings, type IndicatorSpec } from '../../testing/project-builder.js';
import type { RuleOutcome } from '../scoring-rule.js';
import { effectiveTier, isInTier, qualitativeTiers, tierRange } from './qualitative-tiers.js';

const national = scoringContext();
const edges8050 = scoringContext({ settings: { qualitativeTierEdges: { achieved: Decimal.of(80n), partiallyAchieved: Decimal.of(50n) } } });

const rate = (spec: IndicatorSpec, context = national): RuleOutcome => qualitativeTiers.score(indicator({ weight: 10, ...spec }), context);
const accepted = (spec: IndicatorSpec, context = national) => rate(spec, context).ok;

describe('qualitativeTiers with the national 80/60 edges', () => {
  it('accepts 达成 scores in [8, 10]', () => {
    expect(accepted({ tier: 'achieved', claimedScore: 8 })).toBe(true);
    expect(accepted({ tier: 'achieved', claimedScore: 10 })).toBe(true);
    expect(accepted({ tier: 'achieved', claimedScore: '7.99' })).toBe(false);
    expect(accepted({ tier: 'achieved', claimedScore: '10.01' })).toBe(false);
  });

  it('accepts 部分达成 scores in [6, 8)', () => {
    expect(accepted({ tier: 'partiallyAchieved', claimedScore: 6 })).toBe(true);
    expect(accepted({ tier: 'partiallyAchieved', claimedScore: '7.99' })).toBe(true);
    expect(accepted({ tier: 'partiallyAchieved', claimedScore: 8 })).toBe(false);
    expect(accepted({ tier: 'partiallyAchieved', claimedScore: '5.99' })).toBe(false);
  });

  it('accepts 未达成 scores in [0, 6)', () => {
    expect(accepted({ tier: 'notAchieved', claimedScore: 0 })).toBe(true);
    expect(accepted({ tier: 'notAchieved', claimedScore: '5.99' })).toBe(true);
    expect(accepted({ tier: 'notAchieved', claimedScore: 6 })).toBe(false);
  });

  it('explains the score with its tier and range', () => {
    const outcome = rate({ tier: 'partiallyAchieved', claimedScore: 7 });
    expect(outcome.ok && [outcome.score.toFixed(2), outcome.explain()]).toEqual(['7.00', '“部分达成年度指标并具有一定效果”档，区间 [6.00, 8.00)，评定 7.00']);
  });

  it('names the tier and range when the score is outside it', () => {
    const outcome = rate({ name: '制度执行有效性', tier: 'achieved', claimedScore: 7 });
    expect(outcome).toMatchObject({ ok: false, code: 'notComputable' });
    expect(!outcome.ok && outcome.reason).toBe('“制度执行有效性”得分 7.00 不在“达成年度指标”档 [8.00, 10.00] 内');
  });

  it('prefers the evaluator’s manual score to the claimed one', () => {
    const outcome = rate({ tier: 'achieved', manualScore: 9, claimedScore: 10 });
    expect(outcome.ok && outcome.score.toFixed(2)).toBe('9.00');
  });
});

describe('qualitativeTiers with 80/50 edges', () => {
  it('moves the 部分达成 / 未达成 edge to 50%', () => {
    expect(accepted({ tier: 'partiallyAchieved', claimedScore: 5 }, edges8050)).toBe(true);
    expect(accepted({ tier: 'partiallyAchieved', claimedScore: '4.99' }, edges8050)).toBe(false);
    expect(accepted({ tier: 'notAchieved', claimedScore: '5.5' }, edges8050)).toBe(false);
    expect(accepted({ tier: 'notAchieved', claimedScore: '4.99' }, edges8050)).toBe(true);
    // The same scores under 80/60 fall the other way.
    expect(accepted({ tier: 'partiallyAchieved', claimedScore: 5 })).toBe(false);
    expect(accepted({ tier: 'notAchieved', claimedScore: '5.5' })).toBe(true);
  });
});

describe('tier inference and missing inputs', () => {
  it('infers 达成 when the actual repeats the target’s expectation', () => {
    const outcome = rate({ target: '逐步提高', actual: '逐步提高', claimedScore: 9 });
    expect(outcome.ok && outcome.explain()).toContain('（实际与目标表述一致）');
    expect(effectiveTier(indicator({ target: '逐步提高', actual: '有所提高' }))).toEqual({ tier: 'achieved', inferred: true });
  });

  it('does not infer a tier when the actual says something else', () => {
    expect(effectiveTier(indicator({ target: '显著提升', actual: '逐步提高' }))).toBeUndefined();
    expect(rate({ target: '显著提升', actual: '逐步提高', claimedScore: 9 })).toMatchObject({ ok: false, code: 'missingTier' });
  });

  it('an explicit tier wins over inference', () => {
    expect(effectiveTier(indicator({ tier: 'notAchieved', target: '逐步提高', actual: '逐步提高' }))).toEqual({ tier: 'notAchieved', inferred: false });
  });

  it('asks for a tier, then for a score', () => {
    expect(rate({ claimedScore: 9 })).toMatchObject({ ok: false, code: 'missingTier' });
    expect(rate({ tier: 'achieved' })).toMatchObject({ ok: false, code: 'missingScore' });
  });
});

describe('tierRange', () => {
  it('rounds the edges to 2 decimals of points', () => {
    const s = settings();
    const achieved = tierRange('achieved', Decimal.from(3), s);
    expect([achieved.min.toFixed(2), achieved.max.toFixed(2), achieved.maxInclusive]).toEqual(['2.40', '3.00', true]);
    const partial = tierRange('partiallyAchieved', Decimal.from('3.33'), s);
    expect([partial.min.toFixed(2), partial.max.toFixed(2), partial.maxInclusive]).toEqual(['2.00', '2.66', false]);
    expect(isInTier(Decimal.from('2.66'), partial)).toBe(false);
    expect(isInTier(Decimal.from('2.65'), partial)).toBe(true);
  });
});
