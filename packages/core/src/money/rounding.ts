import { Decimal, type Ratio } from './decimal.js';

/**
 * The one rounding policy of Jixiao (see docs/rounding.md).
 *
 * - Scores and amounts in 万元 round half away from zero (四舍五入) to 2 decimals, once, at the end
 *   of a computation — 财预〔2020〕10号 publishes scores with two decimals.
 * - Rates (到位率, 执行率, 完成率) are kept as exact {@link Ratio}s and only rounded for display,
 *   as percentages with 2 decimals.
 * - Amounts are stored in 元 exactly (2 decimals, 分) and never rounded when summed.
 */
export const SCORE_DECIMALS = 2;
export const WAN_YUAN_DECIMALS = 2;
export const PERCENT_DECIMALS = 2;

const TEN_THOUSAND = Decimal.of(10_000n);

export function roundScore(value: Decimal | Ratio): Decimal {
  return value.round(SCORE_DECIMALS);
}

/** 元 → 万元, rounded per the policy. */
export function toWanYuan(yuan: Decimal): Decimal {
  return yuan.dividedBy(TEN_THOUSAND).round(WAN_YUAN_DECIMALS);
}

/** 万元 → 元, exact. */
export function fromWanYuan(wanYuan: Decimal): Decimal {
  return wanYuan.times(TEN_THOUSAND);
}

/** "91.02万元" */
export function formatWanYuan(yuan: Decimal): string {
  return `${toWanYuan(yuan).toFixed(WAN_YUAN_DECIMALS)}万元`;
}

/** "91.02%" */
export function formatPercent(rate: Ratio): string {
  return rate.toPercent(PERCENT_DECIMALS);
}

/** "4.55" — a score always shows its two decimals. */
export function formatScore(score: Decimal): string {
  return score.toFixed(SCORE_DECIMALS);
}
