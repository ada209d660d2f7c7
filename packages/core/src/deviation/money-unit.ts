import { Decimal } from '../money/decimal.js';

/** Powers of ten of the money units forms mix within one indicator (“≤20万元” against “603200元”). */
const MONEY_UNIT_EXPONENT: Readonly<Record<string, number>> = { 元: 0, 万元: 4 };

/**
 * Converts between 元 and 万元 exactly (a shift of the decimal point); undefined when either unit
 * is not one of them, so the caller reports a unit mismatch instead of guessing.
 */
export function convertMoneyUnit(value: Decimal, from: string, to: string): Decimal | undefined {
  const fromExponent = MONEY_UNIT_EXPONENT[from];
  const toExponent = MONEY_UNIT_EXPONENT[to];
  if (fromExponent === undefined || toExponent === undefined) return undefined;
  const shift = fromExponent - toExponent;
  return shift >= 0 ? value.times(Decimal.of(10n ** BigInt(shift))) : Decimal.of(value.units, value.scale - shift);
}
