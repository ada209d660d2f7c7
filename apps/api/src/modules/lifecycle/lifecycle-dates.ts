import { parseIsoDate, type PlainDate } from '@jixiao/core';
import { ApiError } from '../../common/errors/api-error.js';

/** A date argument (YYYY-MM-DD), refused naming the argument when it is not a calendar date. */
export function requireDate(field: string, value: string): PlainDate {
  const date = parseIsoDate(value.trim());
  if (!date) throw ApiError.badInput(field, 'notADate', `“${field}”应为日期（YYYY-MM-DD），而不是“${value}”`);
  return date;
}
