import { describe, expect, it } from 'vitest';
import { lockoutSeconds } from './account-lockout.js';

const policy = { threshold: 5, baseSeconds: 30, maxSeconds: 3600 };

describe('lockoutSeconds', () => {
  it('locks from the threshold on, doubling each failure up to the cap', () => {
    expect([0, 4, 5, 6, 7, 8, 11, 12, 1000].map((n) => lockoutSeconds(n, policy))).toEqual([0, 0, 30, 60, 120, 240, 1920, 3600, 3600]);
  });

  it('never locks when the threshold is 0 (lockout off)', () => {
    expect(lockoutSeconds(50, { ...policy, threshold: 0 })).toBe(0);
  });
});
