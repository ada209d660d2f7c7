import type { Platform } from '../messages.js';

/** Platforms redeliver for hours (Feishu retries up to 6 h after the first try); ids are kept at least 8 h. */
export const DEDUPE_TTL_MS = 8 * 60 * 60 * 1000;

/**
 * Remembers delivered message ids (chat-platforms README, rule 3). The production store lives in the API's
 * PostgreSQL so that it survives restarts and is shared by several bot instances; the check-and-record must be
 * atomic there (e.g. `INSERT … ON CONFLICT DO NOTHING`).
 */
export interface DedupeStore {
  /** Returns true when the id was already recorded within `ttlMs`; otherwise records it and returns false. */
  seen(platform: Platform, id: string, ttlMs: number): Promise<boolean>;
}
