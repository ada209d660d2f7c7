import { Decimal } from '../money/decimal.js';

/** A fraction threshold as a whole percentage for messages: 0.6 → "60%", 1.05 → "105%". */
export function thresholdPercent(fraction: Decimal): string {
  return `${fraction.times(Decimal.HUNDRED).normalize().toString()}%`;
}
