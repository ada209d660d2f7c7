import { ApiError } from '../errors/api-error.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every id of the API is a UUID; anything else is answered as bad input before it reaches SQL. */
export function requireId(field: string, value: string): string {
  if (!UUID.test(value)) throw ApiError.badInput(field, 'notAnId', `“${field}”不是有效的编号`);
  return value.toLowerCase();
}

/** Like {@link requireId}, but a malformed id simply finds nothing (for lookups such as `project(id)`). */
export function isId(value: string): boolean {
  return UUID.test(value);
}

/** A GB/T 2260 region code: six digits. Checked before it becomes a LIKE prefix. */
export function requireRegionCode(field: string, value: string): string {
  if (!/^\d{6}$/.test(value)) throw ApiError.badInput(field, 'notARegionCode', `“${field}”应为 6 位行政区划代码，如 652300`);
  return value;
}
