import { Decimal, Ratio } from '../../money/decimal.js';
import { roundScore } from '../../money/rounding.js';
import { fullMarks, noMarks, quantityText, weightTimesRate } from '../derivation.js';
import { isFailure, quantitativePair } from '../quantities.js';
import type { ScoringRule } from '../scoring-rule.js';
import { scoreFromRate } from './clamp.js';

/**
 * 反向指标, linear penalty: B ≤ A → w; A < B < 2A → w × (1 − (B − A) ÷ A); B ≥ 2A → 0.
 * Used for cost caps by department evaluations (../shared/domain/rules.md).
 */
export const lowerIsBetterLinear: ScoringRule = {
  id: 'lowerIsBetterLinear',
  label: '反向指标（超出按比例扣分）',
  basis: '财预〔2020〕10号 附件 成本指标；超支部分按超支比例扣分',
  score(indicator) {
    const pair = quantitativePair(indicator);
    if (isFailure(pair)) return pair;
    const { a, b } = pair;
    const w = indicator.weight;
    if (b.lte(a)) return { ok: true, score: roundScore(w), explain: () => fullMarks(w, `实际 ${quantityText(pair.actual)} 未超过 ${quantityText(pair.target)}`) };
    if (a.lte(0) || b.gte(a.times(2))) {
      return { ok: true, score: Decimal.ZERO, rate: Ratio.ZERO, explain: () => noMarks(`实际 ${quantityText(pair.actual)} 达到或超过上限 ${quantityText(pair.target)} 的 2 倍`) };
    }
    // 1 − (B − A) ÷ A = (2A − B) ÷ A
    const rate = a.times(2).minus(b).dividedBy(a);
    const score = scoreFromRate(w, rate);
    return {
      ok: true,
      score,
      rate,
      explain: () =>
        `${weightTimesRate(w, rate, score)}（超出 ${quantityText(pair.target)} 上限 ${b.minus(a).dividedBy(a).toPercent()}）`,
    };
  },
};

/**
 * 反向指标, ratio: w × A ÷ B, capped at w — the published self-evaluation sheets'
 * “反向指标 得分=权重×A/B”.
 */
export const lowerIsBetterRatio: ScoringRule = {
  id: 'lowerIsBetterRatio',
  label: '反向指标（得分=分值×A/B）',
  basis: '自评表填报说明“反向指标（即目标值为≤X）得分=权重×A/B，得分不得突破权重”',
  score(indicator) {
    const pair = quantitativePair(indicator);
    if (isFailure(pair)) return pair;
    const { a, b } = pair;
    const w = indicator.weight;
    if (b.lte(a)) return { ok: true, score: roundScore(w), explain: () => fullMarks(w, `实际 ${quantityText(pair.actual)} 未超过 ${quantityText(pair.target)}`) };
    // Over a cap of 0 or less, A ÷ B is no share: it would be 0 ÷ 0 at B = 0, or above 100% for B < 0.
    if (a.lte(0)) return { ok: true, score: Decimal.ZERO, rate: Ratio.ZERO, explain: () => noMarks(`实际 ${quantityText(pair.actual)} 超过上限 ${quantityText(pair.target)}`) };
    const rate = a.dividedBy(b);
    const score = scoreFromRate(w, rate);
    return {
      ok: true,
      score,
      rate,
      explain: () =>
        `${weightTimesRate(w, rate, score)}（目标 ${quantityText(pair.target)} ÷ 实际 ${quantityText(pair.actual)}）`,
    };
  },
};
