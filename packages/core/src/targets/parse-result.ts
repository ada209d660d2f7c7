import { TargetParseError, type TargetParseErrorCode } from './target-parse-error.js';

/** The outcome of reading a target or actual: a value, or a typed error. Parsing never throws. */
export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: TargetParseError };

export function ok<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function fail<T>(code: TargetParseErrorCode, input: string, message: string): ParseResult<T> {
  return { ok: false, error: new TargetParseError(code, input, message) };
}

/** Quotes a piece of user input for a message, cut short so a message stays readable. */
export function quote(text: string): string {
  const shown = [...text];
  return shown.length > 40 ? `“${shown.slice(0, 40).join('')}…”` : `“${text}”`;
}
