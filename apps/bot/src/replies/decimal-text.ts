import { Decimal, toWanYuan } from '@jixiao/core';

/**
 * Reply formatting of the exact decimal strings the API sends ("910200.00" 元, "91.02" percent),
 * through the core's Decimal and its one rounding policy (half away from zero).
 */

/** "910200.00" 元 → "91.02" (万元, two decimals). */
export function yuanToWan(yuan: string): string {
  return toWanYuan(Decimal.from(yuan)).toFixed(2);
}

/** "91.0249" → "91.02"; percentages are shown with two decimals. */
export function twoDecimals(value: string): string {
  const text = Decimal.from(value).toFixed(2);
  return text === '-0.00' ? '0.00' : text;
}

/** a − b exactly, as a decimal string (money differences and percentage-point deviations). */
export function subtractDecimal(a: string, b: string): string {
  return Decimal.from(a).minus(b).toString();
}

/** The sign of a decimal string: -1, 0 or 1. */
export function signOf(value: string): -1 | 0 | 1 {
  return Decimal.from(value).compare(0);
}
