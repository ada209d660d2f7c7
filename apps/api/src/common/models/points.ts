import { Decimal, SCORE_DECIMALS } from '@jixiao/core';

/**
 * Scores and weights always cross the API with their two decimals ("3.00", "4.55"), like money
 * and percentages, so clients never see one value written two ways. The core has already rounded
 * scores to two decimals; weights are stored with two; nothing is rounded here.
 */
export function points(value: Decimal | string): Decimal {
  return Decimal.from(Decimal.from(value).toFixed(SCORE_DECIMALS));
}
