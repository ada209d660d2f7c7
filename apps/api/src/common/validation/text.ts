import { parseIsoDate } from '@jixiao/core';
import { ApiError } from '../errors/api-error.js';

/** A required text: trimmed, not empty, at most `max` characters. */
export function requireText(field: string, value: string, max: number, label: string): string {
  const text = value.trim();
  if (text === '') throw ApiError.badInput(field, 'empty', `${label}不能为空`);
  if (text.length > max) throw ApiError.badInput(field, 'tooLong', `${label}不超过 ${max} 个字`);
  return text;
}

/** An optional text: undefined stays undefined (unchanged), blank becomes null (cleared). */
export function optionalText(field: string, value: string | null | undefined, max: number, label: string): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null || value.trim() === '') return null;
  return requireText(field, value, max, label);
}

/** A calendar date written YYYY-MM-DD that exists. */
export function requireDate(field: string, value: string, label: string): string {
  if (!parseIsoDate(value.trim())) throw ApiError.badInput(field, 'notADate', `${label}应为有效日期，格式 YYYY-MM-DD`);
  return value.trim();
}

export function requireFiscalYear(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 1990 || value > 2100) throw ApiError.badInput(field, 'outOfRange', '年度应在 1990 到 2100 之间');
  return value;
}
