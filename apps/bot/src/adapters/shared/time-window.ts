import { WebhookRejected } from '../webhook-rejected.js';

export const FIVE_MINUTES_MS = 5 * 60 * 1000;

/**
 * Parses a decimal timestamp header (digits only) in the given unit and rejects it when it lies more than
 * `windowMs` from `nowMs` in either direction. A stale signed request is a replay candidate.
 */
export function assertWithinWindow(raw: string, unit: 's' | 'ms', nowMs: number, windowMs: number): number {
  if (!/^\d{1,16}$/.test(raw)) throw new WebhookRejected('bad-header', 'timestamp');
  const ms = Number(raw) * (unit === 's' ? 1000 : 1);
  if (!Number.isSafeInteger(ms) || Math.abs(nowMs - ms) > windowMs) {
    throw new WebhookRejected('stale-timestamp');
  }
  return ms;
}
