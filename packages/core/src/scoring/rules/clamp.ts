import { Ratio, type Decimal } from '../../money/decimal.js';
import { roundScore } from '../../money/rounding.js';

/** w × rate with the rate held to [0, 1], so that a score never leaves [0, w]; rounded once. */
export function scoreFromRate(weight: Decimal, rate: Ratio): Decimal {
  const capped = rate.compare(Ratio.ONE) > 0 ? Ratio.ONE : rate.compare(Ratio.ZERO) < 0 ? Ratio.ZERO : rate;
  return roundScore(capped.times(weight));
}
