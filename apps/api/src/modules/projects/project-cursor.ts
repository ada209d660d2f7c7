import { ApiError } from '../../common/errors/api-error.js';
import type { ProjectSortField } from './dto/projects.args.js';

/** An opaque page cursor: the sort field, the last row's sort value and id (keyset pagination). */
export interface ProjectCursor {
  readonly field: ProjectSortField;
  readonly value: string;
  readonly id: string;
}

export function encodeCursor(cursor: ProjectCursor): string {
  return Buffer.from(JSON.stringify([cursor.field, cursor.value, cursor.id])).toString('base64url');
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
  return { field, value, id };
}
