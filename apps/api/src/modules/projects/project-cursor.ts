import { ApiError } from '../../common/errors/api-error.js';
import { ProjectSortField } from './dto/projects.args.js';

/** An opaque page cursor: the sort field, the last row's sort value and id (keyset pagination). */
export interface ProjectCursor {
  readonly field: ProjectSortField;
  readonly value: string;
  readonly id: string;
}

export function encodeCursor(cursor: ProjectCursor): string {
  return Buffer.from(JSON.stringify([cursor.field, cursor.value, cursor.id])).toString('base64url');
}

const INTEGER = /^-?\d{1,9}$/;
const NUMERIC = /^-?\d{1,40}(\.\d{1,40})?$/;
/** PostgreSQL's text form of a timestamptz, e.g. `2023-09-30 08:15:00.123456+00`. */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2}) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;
const MAX_TEXT = 500;

/**
 * Whether a sort value read from a cursor is what the database wrote for that sort, so that a
 * forged or garbled cursor is answered as bad input rather than failing in SQL's cast.
 */
const SORT_VALUE_CHECKS: Readonly<Record<ProjectSortField, (value: string) => boolean>> = {
  [ProjectSortField.name]: (value) => value.length <= MAX_TEXT && !value.includes('\u0000'),
  [ProjectSortField.fiscalYear]: (value) => INTEGER.test(value),
  [ProjectSortField.budgetAmount]: (value) => NUMERIC.test(value),
  [ProjectSortField.spentAmount]: (value) => NUMERIC.test(value),
  [ProjectSortField.executionRate]: (value) => NUMERIC.test(value),
  [ProjectSortField.totalScore]: (value) => NUMERIC.test(value),
  [ProjectSortField.updatedAt]: isTimestamp,
};

function isTimestamp(value: string): boolean {
  const match = TIMESTAMP.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function decodeCursor(text: string, field: ProjectSortField): ProjectCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || !parsed.every((part) => typeof part === 'string')) {
    throw ApiError.badInput('after', 'invalidCursor', '分页游标无效，请从第一页重新查询');
  }
  const [cursorField, value, id] = parsed as [string, string, string];
  if (cursorField !== field) throw ApiError.badInput('after', 'cursorSortMismatch', '分页游标与当前排序方式不符，请从第一页重新查询');
  if (!SORT_VALUE_CHECKS[field](value)) throw ApiError.badInput('after', 'invalidCursor', '分页游标无效，请从第一页重新查询');
  return { field, value, id };
}
