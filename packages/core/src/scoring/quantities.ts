import type { Decimal } from '../money/decimal.js';
import type { Actual, Quantity, Target } from '../targets/target.js';
import { convertQuantity } from '../targets/units.js';
import type { Indicator } from '../indicators/indicator.js';
import type { RuleOutcome } from './scoring-rule.js';

/** Target value A and actual value B of a quantitative indicator, in the target's unit. */
export interface QuantitativePair {
  readonly target: Quantity;
  readonly actual: Quantity;
  readonly a: Decimal;
  readonly b: Decimal;
}

type Failure = Extract<RuleOutcome, { ok: false }>;

/**
 * Brings target and actual to one unit. An actual written without a unit is read in the
 * target's unit (forms often write “98” under a “≥90%” target).
 */
export function quantitativePair(indicator: Indicator): QuantitativePair | Failure {
  const target: Target | undefined = indicator.target;
  const actual: Actual | undefined = indicator.actual;
  if (!target) return { ok: false, code: 'missingTarget', reason: `“${indicator.name}”没有可读的年度指标值` };
  if (!actual) return { ok: false, code: 'missingActual', reason: `“${indicator.name}”没有可读的实际完成值` };
  if (target.kind !== 'quantitative' || actual.kind !== 'quantitative') {
    return { ok: false, code: 'kindMismatch', reason: `“${indicator.name}”的指标值与实际完成值不是同一类（${target.text} / ${actual.text}）` };
  }
  const converted =
    actual.quantity.unit === target.quantity.unit
      ? actual.quantity
      : actual.quantity.unit === ''
        ? { value: actual.quantity.value, unit: target.quantity.unit }
        : convertQuantity(actual.quantity, target.quantity.unit);
  if (!converted) {
    return { ok: false, code: 'unitMismatch', reason: `“${indicator.name}”的单位不一致：目标为${target.quantity.unit}，实际为${actual.quantity.unit}` };
  }
  return { target: target.quantity, actual: converted, a: target.quantity.value, b: converted.value };
}

export function isFailure(value: QuantitativePair | Failure): value is Failure {
  return 'ok' in value;
}
