import { Decimal, Ratio } from '../../money/decimal.js';
import { formatScore, roundScore } from '../../money/rounding.js';
import { fullMarks, noMarks, quantityText, weightTimesRate } from '../derivation.js';
import { isFailure, quantitativePair } from '../quantities.js';
import type { ScoringRule } from '../scoring-rule.js';
import { scoreFromRate } from './clamp.js';

/**
 * 正向指标 (≥, >): B ≥ A → w; otherwise w × B ÷ A.
 * 财预〔2020〕10号 annex; published self-evaluation tables: “正向指标 得分=权重×B/A”.
 */
export const higherIsBetter: ScoringRule = {
  id: 'higherIsBetter',
  label: '正向指标（越高越好）',
  basis: '财预〔2020〕10号 附件；自评表“正向指标 得分=权重×B/A”',
  score(indicator) {
    const pair = quantitativePair(indicator);
    if (isFailure(pair)) return pair;
    const { a, b } = pair;
    const w = indicator.weight;
    if (b.gte(a)) {
      return { ok: true, score: roundScore(w), rate: a.isZero() ? Ratio.ONE : b.dividedBy(a), explain: () => fullMarks(w, `实际 ${quantityText(pair.actual)} 达到目标 ${quantityText(pair.target)}`) };
    }
    // B ÷ A is a share only against a positive target: below a zero target it would divide by
    // zero, below a negative one it would exceed 100% and earn full marks for a miss.
    if (!a.gt(0)) return { ok: true, score: Decimal.ZERO, rate: Ratio.ZERO, explain: () => noMarks(`实际 ${quantityText(pair.actual)} 未达到目标 ${quantityText(pair.target)}`) };
    const rate = b.dividedBy(a);
    const score = scoreFromRate(w, rate);
    return {
      ok: true,
      score,
      rate,
      explain: () =>
        `${weightTimesRate(w, rate, score)}（实际 ${quantityText(pair.actual)} ÷ 目标 ${quantityText(pair.target)}）`,
    };
  },
};

/**
 * 等于 (=): scored as higher-is-better (10号 annex treats 计划数 as the bar to reach); with a
 * zero target only B ≤ 0 earns the points.
 */
export const equals: ScoringRule = {
  id: 'equals',
  label: '等于目标值（按正向指标计分）',
  basis: '财预〔2020〕10号 附件',
  score(indicator, context) {
    const pair = quantitativePair(indicator);
    if (isFailure(pair)) return pair;
    if (pair.a.isZero()) {
      const w = indicator.weight;
      return pair.b.lte(0)
        ? { ok: true, score: roundScore(w), explain: () => fullMarks(w, `目标为 0，实际 ${quantityText(pair.actual)}`) }
        : { ok: true, score: Decimal.ZERO, explain: () => `目标为 0，实际 ${quantityText(pair.actual)} 超出，得 ${formatScore(Decimal.ZERO)} 分` };
    }
    return higherIsBetter.score(indicator, context);
  },
};
