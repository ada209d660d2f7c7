import type { Quantity, TargetOperator } from './target.js';
import { unitFamily } from './units.js';

/**
 * The operator of a target written without one. Forms drop the sign all the time: the sample
 * report gives the same indicators as “≥2次” / “≤20万元” in its goals section and as “2次” /
 * “20万元” in its scoring section, and the 禁捕 table writes its 发放率 target as a bare “100%”.
 *
 * - Money (元, 万元, 亿元 …) in a 成本指标 → `lte`: there a sum of money is a cost cap (the report's
 *   成本指标 are all “≤ … 万元”), scored lower-is-better. Anywhere else a sum of money is an amount to
 *   reach (the published 零陵 table's 经济效益 “木材销售收入 1100万元” against 1093万元) and falls
 *   under the rule for everything else; reading it as a cap gave that shortfall full marks.
 *   A 成本指标's number written with no currency (“300”, “每亩300”) is taken for money too: an
 *   audit says so (`target.moneyUnitMissing`).
 * - Zero → `eq`: “0次” / “0%” (accidents, complaints) means none at all; `gte 0` would give every
 *   actual full marks, while the equals rule's A = 0 branch (rules.md) scores exactly “none”.
 * - Everything else (counts, percentages, lengths …) → `gte`: a bare “2次” or “90%” is what the unit
 *   promised to reach at least, and the report scores “3次” against “2次” as met. `eq` would score
 *   the same under the national method (= is treated as higher-is-better), but `gte` says what the
 *   report meant.
 *
 * A form that has a 指标性质 column states the operator instead; pass it as `implicitOperator`.
 */
export function impliedOperator(quantity: Quantity, costIndicator = false): TargetOperator {
  if (costIndicator && (unitFamily(quantity.unit) === 'money' || withoutCurrency(quantity.unit))) return 'lte';
  if (quantity.value.isZero()) return 'eq';
  return 'gte';
}

/** No unit, or only what the amount is per (“/亩” from “每亩300”): the currency was left out. */
export function withoutCurrency(unit: string): boolean {
  return unit === '' || unit.startsWith('/');
}
