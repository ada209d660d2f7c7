import type { Indicator } from '../indicators/indicator.js';
import type { Decimal, Ratio } from '../money/decimal.js';
import type { Actual, Target, TargetOperator } from '../targets/target.js';
import { daysBetween, type PlainDate } from '../time/plain-date.js';
import { convertQuantity } from '../targets/units.js';

/** Which side of the target value the actual lies on, numerically. */
export type DeviationDirection = 'over' | 'under' | 'onTarget';

/** 偏差 of a number against a number (glossary: deviation, deviationRate). */
export interface QuantitativeDeviation {
  readonly kind: 'quantitative';
  readonly operator: TargetOperator;
  /** The target's unit; the actual is expressed in it. */
  readonly unit: string;
  readonly target: Decimal;
  readonly actual: Decimal;
  /** actual − target */
  readonly deviation: Decimal;
  /** (actual − target) ÷ target, exact; undefined when the target is 0. */
  readonly deviationRate: Ratio | undefined;
  readonly direction: DeviationDirection;
  /**
   * Whether the actual satisfies the operator. The bad direction is `under` for ≥ / > / = (`=`
   * is judged higher-is-better, as scored under 财预〔2020〕10号) and `over` for a ≤ / < cap.
   */
  readonly meetsTarget: boolean;
  /** The actual was written as a bound (“≥266米”), so its number is not a measurement. */
  readonly actualIsBound: boolean;
  /** One side wrote no unit and was read in the other's (forms often write the unit once). */
  readonly unitAssumed: boolean;
}

/** 完成及时性: a completion date against a deadline. */
export interface DateDeviation {
  readonly kind: 'date';
  readonly target: PlainDate;
  readonly actual: PlainDate;
  /** Actual − deadline in days: positive when late, negative when early. */
  readonly days: number;
  readonly daysEarly: number;
  readonly daysLate: number;
  readonly direction: 'early' | 'onTime' | 'late';
  /** Deadlines are “on or before” (rules.md “Deadlines”). */
  readonly meetsTarget: boolean;
}

/** A qualitative target (逐步提高, 达成) has no numeric deviation. */
export interface QualitativeDeviation {
  readonly kind: 'qualitative';
}

export interface UnitMismatch {
  readonly kind: 'unitMismatch';
  readonly targetUnit: string;
  readonly actualUnit: string;
  readonly message: string;
}

export interface NotComparable {
  readonly kind: 'notComparable';
  readonly reason: 'missingTarget' | 'missingActual' | 'kindMismatch';
  readonly message: string;
}

export type Deviation = QuantitativeDeviation | DateDeviation | QualitativeDeviation | UnitMismatch | NotComparable;

/** The deviation of an actual from its target. */
export function deviationOf(target: Target, actual: Actual): Deviation {
  if (target.kind === 'qualitative') return { kind: 'qualitative' };
  if (target.kind === 'date') {
    return actual.kind === 'date' ? dateDeviation(target.date, actual.date) : kindMismatch(target, actual);
  }
  if (actual.kind !== 'quantitative') return kindMismatch(target, actual);

  const targetUnit = target.quantity.unit;
  const actualUnit = actual.quantity.unit;
  const unitAssumed = targetUnit !== actualUnit && (targetUnit === '' || actualUnit === '');
  const actualValue =
    targetUnit === actualUnit || unitAssumed ? actual.quantity.value : convertQuantity(actual.quantity, targetUnit)?.value;
  if (actualValue === undefined) {
    return {
      kind: 'unitMismatch',
      targetUnit,
      actualUnit,
      message: `指标值“${target.text}”的单位“${targetUnit}”与实际完成值“${actual.text}”的单位“${actualUnit}”不同，无法比较`,
    };
  }
  const sign = actualValue.compare(target.quantity.value);
  return new Quantitative(
    target.operator,
    targetUnit === '' ? actualUnit : targetUnit,
    target.quantity.value,
    actualValue,
    sign > 0 ? 'over' : sign < 0 ? 'under' : 'onTarget',
    meets(target.operator, sign),
    actual.writtenAsTarget !== undefined,
    unitAssumed,
  );
}

/**
 * A {@link QuantitativeDeviation} whose difference and rate are computed when read: audits ask
 * every indicator whether it deviates, and only reports and charts need by how much.
 */
class Quantitative implements QuantitativeDeviation {
  readonly kind = 'quantitative';

  constructor(
    readonly operator: TargetOperator,
    readonly unit: string,
    readonly target: Decimal,
    readonly actual: Decimal,
    readonly direction: DeviationDirection,
    readonly meetsTarget: boolean,
    readonly actualIsBound: boolean,
    readonly unitAssumed: boolean,
  ) {}

  get deviation(): Decimal {
    return this.actual.minus(this.target);
  }

  get deviationRate(): Ratio | undefined {
    return this.target.isZero() ? undefined : this.deviation.dividedBy(this.target);
  }
}

/** The deviation of an indicator, saying which half is missing when one is. */
export function indicatorDeviation(indicator: Indicator): Deviation {
  if (indicator.target === undefined) {
    return { kind: 'notComparable', reason: 'missingTarget', message: `“${indicator.name}”未填写指标值` };
  }
  if (indicator.actual === undefined) {
    return { kind: 'notComparable', reason: 'missingActual', message: `“${indicator.name}”未填写实际完成值` };
  }
  return deviationOf(indicator.target, indicator.actual);
}

/** `sign` is the sign of actual − target. */
function meets(operator: TargetOperator, sign: -1 | 0 | 1): boolean {
  switch (operator) {
    case 'gte':
    case 'eq':
      return sign >= 0;
    case 'gt':
      return sign > 0;
    case 'lte':
      return sign <= 0;
    case 'lt':
      return sign < 0;
  }
}

function dateDeviation(target: PlainDate, actual: PlainDate): DateDeviation {
  const days = daysBetween(target, actual);
  return {
    kind: 'date',
    target,
    actual,
    days,
    daysEarly: Math.max(0, -days),
    daysLate: Math.max(0, days),
    direction: days > 0 ? 'late' : days < 0 ? 'early' : 'onTime',
    meetsTarget: days <= 0,
  };
}

function kindMismatch(target: Target, actual: Actual): NotComparable {
  return {
    kind: 'notComparable',
    reason: 'kindMismatch',
    message: `指标值“${target.text}”与实际完成值“${actual.text}”类型不同，无法比较`,
  };
}
