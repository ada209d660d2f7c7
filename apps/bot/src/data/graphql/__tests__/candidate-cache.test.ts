import { describe, expect, it } from 'vitest';
import { CandidateCache } from '../candidate-cache.js';

const NAMES = [{ id: 'p1', name: '综治工作经费', unitName: '昌吉州党委政法委', fiscalYear: 2022 }];

describe('CandidateCache', () => {
  it('loads once per key within the TTL, shares a load in flight, and reloads after it', async () => {
    let now = 0;
    let loads = 0;
    const cache = new CandidateCache(1000, () => now);
    const load = () => {
      loads += 1;
      return Promise.resolve(NAMES);
    };
    await Promise.all([cache.get('console:a', load), cache.get('console:a', load)]);
    expect(loads).toBe(1);
    await cache.get('console:b', load);
    expect(loads).toBe(2);
    now = 1000;
    expect(await cache.get('console:a', load)).toBe(NAMES);
    expect(loads).toBe(3);
  });

  it('does not keep a failed load', async () => {
    const cache = new CandidateCache(1000, () => 0);
    await expect(cache.get('k', () => Promise.reject(new Error('API down')))).rejects.toThrow('API down');
    expect(await cache.get('k', () => Promise.resolve(NAMES))).toBe(NAMES);
  });
});
