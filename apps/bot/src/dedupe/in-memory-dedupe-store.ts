import type { Platform } from '../messages.js';
import type { DedupeStore } from './dedupe-store.js';

/** A single-process store for tests and the console; expired ids are swept on write. */
export class InMemoryDedupeStore implements DedupeStore {
  private readonly expiries = new Map<string, number>();
  private readonly now: () => number;

  constructor(now: () => number = Date.now) {
    this.now = now;
  }

  seen(platform: Platform, id: string, ttlMs: number): Promise<boolean> {
    const now = this.now();
    const key = `${platform}:${id}`;
    const expiry = this.expiries.get(key);
    if (expiry !== undefined && expiry > now) return Promise.resolve(true);
    for (const [k, until] of this.expiries) if (until <= now) this.expiries.delete(k);
    this.expiries.set(key, now + ttlMs);
    return Promise.resolve(false);
  }
}
