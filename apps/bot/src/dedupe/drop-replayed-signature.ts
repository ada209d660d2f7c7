import { WebhookRejected } from '../adapters/webhook-rejected.js';
import type { Platform } from '../messages.js';
import { DEDUPE_TTL_MS, type DedupeStore } from './dedupe-store.js';

/**
 * Accepts a verified signature once (issue 12, item 5). DingTalk's robot sign covers only the timestamp, so
 * within the time window one captured (timestamp, sign) pair would otherwise carry any body. The pair is kept
 * with the delivery ids (same store, same ≥ 8 h, longer than any window), so the check holds across restarts
 * and instances. Runs after the signature check (a forged pair never reaches the store) and after the
 * message-id check: an identical redelivery stays a harmless duplicate (200, no work), while the same pair on a
 * new message is refused (401).
 */
export async function assertFirstSignature(store: DedupeStore, platform: Platform, signatureId: string): Promise<void> {
  if (await store.seen(platform, signatureId, DEDUPE_TTL_MS)) throw new WebhookRejected('replayed-signature');
}
