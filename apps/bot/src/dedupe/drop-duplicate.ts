import { WebhookRejected } from '../adapters/webhook-rejected.js';
import type { IncomingMessage } from '../messages.js';
import { DEDUPE_TTL_MS, type DedupeStore } from './dedupe-store.js';

/**
 * Runs after verification and before any work: a redelivered message (same platform id) is rejected as a
 * duplicate, so a replayed or retried request never produces a second answer.
 */
export async function assertFirstDelivery(store: DedupeStore, message: IncomingMessage, ttlMs: number = DEDUPE_TTL_MS): Promise<void> {
  if (await store.seen(message.platform, message.messageId, ttlMs)) throw new WebhookRejected('duplicate');
}
