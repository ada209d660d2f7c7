import { Decimal, parseActual, parseTarget, sameUnitFamily, type Quantity } from '@jixiao/core';
import { ApiError } from '../../common/errors/api-error.js';

/**
 * Far beyond any real 指标值 or 实际完成值 (一万亿 of anything), and small enough that deviations
 * and scores computed from it fit their columns: a larger number is a typing slip, not a result.
 */
const MAX_MAGNITUDE = Decimal.from('1000000000000');

/**
 * Checks a 实际完成值 as written against the indicator's 指标值 before it is stored: readable, not
 * negative, not absurdly large, and in a unit that compares with the target's (“3万元” for a
 * “≥2次” target is refused; “5000元” for a “≤1万元” one converts and is fine).
 */
export function checkActual(field: string, actual: string | null, target: string | null, fiscalYear: number): void {
  if (actual === null) return;
  const read = parseActual(actual, { fiscalYear });
  if (!read.ok) throw ApiError.badInput(field, 'unreadable', `无法识别实际完成值“${actual}”：${read.error.message}`);
  if (read.value.kind !== 'quantitative') return;
  checkQuantity(field, read.value.quantity, '实际完成值');
  const goal = target === null ? undefined : parseTarget(target, { fiscalYear });
  if (!goal?.ok || goal.value.kind !== 'quantitative') return;
  const expected = goal.value.quantity.unit;
  const given = read.value.quantity.unit;
  // An actual without a unit is read in the target's unit (forms often write just the number).
  if (given !== '' && expected !== '' && !sameUnitFamily(given, expected)) {
    throw ApiError.badInput(field, 'unitMismatch', `实际完成值的单位“${given}”与指标值“${target}”的单位“${expected}”不一致`);
  }
}

/** Checks a 指标值's number, when it has one: not negative, not absurdly large. */
export function checkTarget(field: string, target: string | null, fiscalYear: number): void {
  if (target === null) return;
  const read = parseTarget(target, { fiscalYear });
  if (read.ok && read.value.kind === 'quantitative') checkQuantity(field, read.value.quantity, '指标值');
}

function checkQuantity(field: string, quantity: Quantity, label: string): void {
  if (quantity.value.isNegative()) throw ApiError.badInput(field, 'negative', `${label}不能为负数`);
  if (quantity.value.gte(MAX_MAGNITUDE)) throw ApiError.badInput(field, 'tooLarge', `${label}过大（应小于一万亿）`);
}
