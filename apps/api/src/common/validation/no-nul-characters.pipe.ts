import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { ApiError } from '../errors/api-error.js';

/** The param type pipes see for `@Args()` (see graphql/null-arguments.pipe.ts). */
const GRAPHQL_ARGS = 'body';

/**
 * PostgreSQL text cannot hold U+0000: a NUL anywhere in a GraphQL argument would fail the write
 * as an internal error. It is refused first, as bad input naming the field (`input.name`,
 * `input.payments[2].note`). Applied once, as a global pipe, to every argument of every resolver.
 */
@Injectable()
export class NoNulCharactersPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== GRAPHQL_ARGS) return value;
    const field = findNul(value, metadata.data ?? '');
    if (field !== undefined) {
      const name = field === '' ? '参数' : field;
      throw ApiError.badInput(name, 'nulCharacter', `“${name}”含有不允许的空字符（U+0000）`);
    }
    return value;
  }
}

/** The path of the first string holding a NUL, or undefined. */
function findNul(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findNul(item, `${path}[${index}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = findNul(item, path === '' ? key : `${path}.${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}
