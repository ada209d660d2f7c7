import { describe, expect, it } from 'vitest';
import { InMemoryDedupeStore } from '../in-memory-dedupe-store.js';

describe('InMemoryDedupeStore', () => {
  it('reports a repeat within the TTL, per platform, and forgets after it', async () => {
    let now = 1_000;
    const store = new InMemoryDedupeStore(() => now);
    expect(await store.seen('feishu', 'ev-1', 60_000)).toBe(false);
    expect(await store.seen('feishu', 'ev-1', 60_000)).toBe(true);
    expect(await store.seen('wecom', 'ev-1', 60_000)).toBe(false);
    now += 60_001;
    expect(await store.seen('feishu', 'ev-1', 60_000)).toBe(false);
  });
});
