import { Decimal } from '../money/decimal.js';
import type { Quantity } from './target.js';

/**
 * Unit families whose members differ by a power of ten, so that converting is exact in
 * {@link Decimal}. A target in 万元 against an actual in 元 is the everyday case (the sample report
 * states budgets in 万元 while payments are in 元). Units such as 亩 (1/15 公顷) are left out on
 * purpose: their factor is not a terminating decimal.
 */
export type UnitFamily = 'money' | 'length' | 'area' | 'mass';

interface UnitInfo {
  readonly family: UnitFamily;
  /** The unit is 10^exponent of the family's base unit (元, 米, 平方米, 克). */
  readonly exponent: number;
}

const UNITS: ReadonlyMap<string, UnitInfo> = new Map<string, UnitInfo>([
  ['元', { family: 'money', exponent: 0 }],
  ['千元', { family: 'money', exponent: 3 }],
  ['万元', { family: 'money', exponent: 4 }],
  ['百万元', { family: 'money', exponent: 6 }],
  ['亿元', { family: 'money', exponent: 8 }],
  ['毫米', { family: 'length', exponent: -3 }],
  ['mm', { family: 'length', exponent: -3 }],
  ['厘米', { family: 'length', exponent: -2 }],
  ['cm', { family: 'length', exponent: -2 }],
  ['米', { family: 'length', exponent: 0 }],
  ['m', { family: 'length', exponent: 0 }],
  ['千米', { family: 'length', exponent: 3 }],
  ['公里', { family: 'length', exponent: 3 }],
  ['km', { family: 'length', exponent: 3 }],
  ['平方米', { family: 'area', exponent: 0 }],
  // NFKC turns ㎡ into m2 and ㎢ into km2.
  ['m2', { family: 'area', exponent: 0 }],
  ['公顷', { family: 'area', exponent: 4 }],
  ['平方千米', { family: 'area', exponent: 6 }],
  ['平方公里', { family: 'area', exponent: 6 }],
  ['km2', { family: 'area', exponent: 6 }],
  ['克', { family: 'mass', exponent: 0 }],
  ['g', { family: 'mass', exponent: 0 }],
  ['千克', { family: 'mass', exponent: 3 }],
  ['公斤', { family: 'mass', exponent: 3 }],
  ['kg', { family: 'mass', exponent: 3 }],
  ['吨', { family: 'mass', exponent: 6 }],
  ['t', { family: 'mass', exponent: 6 }],
]);

/** The family a unit belongs to, or `undefined` for a unit that converts only to itself (次, 个, %, ‰). */
export function unitFamily(unit: string): UnitFamily | undefined {
  return UNITS.get(unit)?.family;
}

/**
 * Whether two units can be compared: the same unit (including two unknown ones, or none at all),
 * or two members of one family. `%` and `‰` are each their own family: a rate target written in
 * one and measured in the other is more likely a mistake than a conversion.
 */
export function sameUnitFamily(a: string, b: string): boolean {
  if (a === b) return true;
  const family = unitFamily(a);
  return family !== undefined && family === unitFamily(b);
}

/** The same amount in another unit of its family, exactly; `undefined` when the units do not convert. */
export function convertQuantity(quantity: Quantity, toUnit: string): Quantity | undefined {
  if (quantity.unit === toUnit) return quantity;
  const from = UNITS.get(quantity.unit);
  const to = UNITS.get(toUnit);
  if (from === undefined || to === undefined || from.family !== to.family) return undefined;
  const shift = from.exponent - to.exponent;
  const factor = shift >= 0 ? Decimal.of(10n ** BigInt(shift)) : Decimal.of(1n, -shift);
  return { value: quantity.value.times(factor).normalize(), unit: toUnit };
}
