import { WebhookRejected } from '../webhook-rejected.js';

/** Headers or query parameters as Node and most HTTP frameworks hand them over. */
export type ParamBag = Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * Reads one required parameter (case-insensitively, as HTTP header names are). Missing, empty or repeated
 * values are refused: a repeated signature header is an attempt to confuse, not a request to serve.
 */
export function requireParam(bag: ParamBag, name: string): string {
  const wanted = name.toLowerCase();
  const key = Object.keys(bag).find((k) => k.toLowerCase() === wanted);
  const value = key === undefined ? undefined : bag[key];
  if (value === undefined || value === '') throw new WebhookRejected('missing-header', name);
  if (typeof value !== 'string') {
    if (value.length === 1 && value[0] !== undefined && value[0] !== '') return value[0];
    throw new WebhookRejected('bad-header', name);
  }
  return value;
}
