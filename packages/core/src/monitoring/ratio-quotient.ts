import { Decimal, type Ratio } from '../money/decimal.js';

/**
 * The exact quotient of two rates (执行率 ÷ 序时进度), or undefined when the divisor is zero.
 * `Ratio` offers no division of its own; going through integer decimals keeps the result exact.
 */
export function ratioQuotient(dividend: Ratio, divisor: Ratio): Ratio | undefined {
  if (divisor.numerator === 0n) return undefined;
  return Decimal.of(dividend.numerator * divisor.denominator).dividedBy(Decimal.of(dividend.denominator * divisor.numerator));
}

/** A fraction threshold as a whole percentage for messages: 0.6 → "60%", 1.05 → "105%". */
export function thresholdPercent(fraction: Decimal): string {
  return `${fraction.times(Decimal.HUNDRED).normalize().toString()}%`;
}
