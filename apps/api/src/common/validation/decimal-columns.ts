import { Decimal } from '@jixiao/core';
import { ApiError } from '../errors/api-error.js';

/**
 * Checks a decimal against the column it is stored in, so that PostgreSQL never rounds or
 * overflows it silently: amounts are numeric(18,2) 元, weights and scores numeric(8,2) points.
 * Neither may be negative.
 */
export function moneyValue(field: string, value: Decimal | string | number): string {
  return fit(field, value, 16, '金额');
}

/** A project total (a sum of amounts that each fit) checked against its numeric(18,2) column. */
export function totalValue(field: string, value: Decimal | string): string {
  const decimal = Decimal.from(value);
  if (decimal.gte(Decimal.of(10n ** 16n))) {
    throw ApiError.badInput(field, 'totalTooLarge', `项目合计金额超出上限（${field} 不超过 9999999999999999.99 元），本次修改未保存`);
  }
  return decimal.toString();
}

/** An indicator's deviation rate (actual against target), numeric(18,6): 12 integer digits. */
export function deviationRateValue(field: string, value: Decimal | string): string {
  const decimal = Decimal.from(value);
  if (decimal.abs().gte(Decimal.of(10n ** 12n))) {
    throw ApiError.badInput(field, 'deviationTooLarge', `实际值与指标值相差过大，无法记录偏差率（${field}），请检查两者的数值和单位`);
  }
  return decimal.toString();
}

export function pointsValue(field: string, value: Decimal | string | number): string {
  return fit(field, value, 6, '分值或得分');
}

function fit(field: string, value: Decimal | string | number, integerDigits: number, what: string): string {
  const decimal = Decimal.from(value).normalize();
  if (decimal.scale > 2) throw ApiError.badInput(field, 'tooManyDecimals', `${what}最多保留两位小数（${field}）`);
  if (decimal.isNegative()) throw ApiError.badInput(field, 'negative', `${what}不能为负数（${field}）`);
  if (decimal.gte(Decimal.of(10n ** BigInt(integerDigits)))) throw ApiError.badInput(field, 'tooLarge', `${what}超出范围（${field}）`);
  return decimal.toString();
}
