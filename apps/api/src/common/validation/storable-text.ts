import { ApiError } from '../errors/api-error.js';

/** A UTF-16 surrogate without its other half: not a character, and no UTF-8 text can hold it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Refuses text that PostgreSQL cannot store, anywhere in a value (strings in objects and arrays
 * too): U+0000, which text and jsonb columns reject, and lone surrogates, which jsonb rejects and
 * text would silently turn into U+FFFD. Answered as bad input naming the field (`input.name`,
 * `file.evaluation.team[0].name`) instead of an internal error from the database.
 */
export function requireStorableText(field: string, value: unknown): void {
  const found = unstorable(value, field);
  if (!found) return;
  const name = found.path === '' ? '参数' : found.path;
  throw found.reason === 'nulCharacter'
    ? ApiError.badInput(name, 'nulCharacter', `“${name}”含有不允许的空字符（U+0000）`)
    : ApiError.badInput(name, 'loneSurrogate', `“${name}”含有残缺的字符（不成对的代理项），请重新输入`);
}

function unstorable(value: unknown, path: string): { path: string; reason: 'nulCharacter' | 'loneSurrogate' } | undefined {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return { path, reason: 'nulCharacter' };
    return LONE_SURROGATE.test(value) ? { path, reason: 'loneSurrogate' } : undefined;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = unstorable(item, `${path}[${index}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = unstorable(item, path === '' ? key : `${path}.${key}`);
    if (found) return found;
  }
  return undefined;
}
