import { describe, expect, it } from 'vitest';
import type { ProjectCandidate } from '../../../intents/project-candidate.js';
import { CandidateCache } from '../candidate-cache.js';

const OLD: readonly ProjectCandidate[] = [{ id: 'p1', name: '综治工作经费', unitName: '昌吉州党委政法委', fiscalYear: 2022 }];
const NEW: readonly ProjectCandidate[] = [...OLD, { id: 'p2', name: '平安建设专项经费', unitName: '昌吉州党委政法委', fiscalYear: 2023 }];

function counting(result: readonly ProjectCandidate[]) {
  const loader = {
    calls: 0,
    load: () => {
      loader.calls += 1;
      return Promise.resolve(result);
    },
  };
  return loader;
}

describe('CandidateCache', () => {
  it('loads once per key while fresh and shares a load in flight', async () => {
    const cache = new CandidateCache(1000, () => 0);
    const loader = counting(OLD);
    await Promise.all([cache.get('console:a', loader.load), cache.get('console:a', loader.load)]);
    await cache.get('console:b', loader.load);
    expect(loader.calls).toBe(2);
  });

  it('answers with the previous names while reloading them in the background after the TTL', async () => {
    let now = 0;
    const cache = new CandidateCache(1000, () => now, 10_000);
    await cache.get('k', counting(OLD).load);
    now = 1500;
    const reload = counting(NEW);
    expect(await cache.get('k', reload.load)).toBe(OLD);
    expect(await cache.get('k', reload.load)).toBe(NEW);
    expect(reload.calls).toBe(1);
  });

  it('waits for a reload when the names are too old to serve', async () => {
    let now = 0;
    const cache = new CandidateCache(1000, () => now, 10_000);
    await cache.get('k', counting(OLD).load);
    now = 10_000;
    expect(await cache.get('k', counting(NEW).load)).toBe(NEW);
  });

  it('keeps no failed load, and a failed background reload keeps the previous names', async () => {
    let now = 0;
    const cache = new CandidateCache(1000, () => now, 10_000);
    await expect(cache.get('k', () => Promise.reject(new Error('API down')))).rejects.toThrow('API down');
    expect(await cache.get('k', counting(OLD).load)).toBe(OLD);
    now = 2000;
    expect(await cache.get('k', () => Promise.reject(new Error('API down')))).toBe(OLD);
    await Promise.resolve();
    expect(await cache.get('k', counting(NEW).load)).toBe(OLD);
  });
});
