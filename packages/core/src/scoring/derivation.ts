import type { Decimal, Ratio } from '../money/decimal.js';
import { formatPercent, formatScore } from '../money/rounding.js';
import type { Quantity } from '../targets/target.js';

/**
 * The wording of derivations, in one place so that every rule explains itself the same way:
 * `5 × 91.02% = 4.55`.
 */
export function weightTimesRate(weight: Decimal, rate: Ratio, score: Decimal): string {
  return `${weight.normalize().toString()} × ${formatPercent(rate)} = ${formatScore(score)}`;
}

export function fullMarks(weight: Decimal, why: string): string {
  return `${why}，得满分 ${formatScore(weight)}`;
}

export function noMarks(why: string): string {
  return `${why}，得 0.00 分`;
}

export function quantityText(q: Quantity): string {
  return `${q.value.toString()}${q.unit}`;
}
