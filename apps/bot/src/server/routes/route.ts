import type { ParamBag } from '../../adapters/shared/headers.js';
import type { DedupeStore } from '../../dedupe/dedupe-store.js';
import type { AnswerDeps } from '../answer-later.js';

/** A platform request as the routes see it: verified from these raw parts only. */
export interface RouteRequest {
  readonly method: string;
  readonly query: ParamBag;
  readonly headers: ParamBag;
  readonly rawBody: Buffer;
  readonly nowMs: number;
}

/** What to answer the platform now, and the slow work to do once the answer is out. */
export interface RouteResult {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
  readonly after?: () => Promise<void>;
}

export interface RouteDeps extends AnswerDeps {
  readonly dedupe: DedupeStore;
}

export const JSON_TYPE = 'application/json; charset=utf-8';
export const TEXT_TYPE = 'text/plain; charset=utf-8';

export function jsonResult(status: number, value: unknown, after?: () => Promise<void>): RouteResult {
  const result = { status, contentType: JSON_TYPE, body: JSON.stringify(value) };
  return after === undefined ? result : { ...result, after };
}
