import { describe, expect, it } from 'vitest';
import { nextDigestTime } from './digest-schedule.js';
import { DigestFrequency } from './models/digest-enums.js';

describe('nextDigestTime (9:00 Asia/Shanghai)', () => {
  it('daily: today at 9:00 Beijing time before it, tomorrow from 9:00 on', () => {
    expect(nextDigestTime(DigestFrequency.daily, new Date('2026-12-03T08:59:59+08:00')).toISOString()).toBe('2026-12-03T01:00:00.000Z');
    expect(nextDigestTime(DigestFrequency.daily, new Date('2026-12-03T09:00:00+08:00')).toISOString()).toBe('2026-12-04T01:00:00.000Z');
    // 20:00 UTC is already the next day in Beijing (04:00): that day's 9:00.
    expect(nextDigestTime(DigestFrequency.daily, new Date('2026-12-03T20:00:00Z')).toISOString()).toBe('2026-12-04T01:00:00.000Z');
  });

  it('weekly: the next Monday at 9:00 Beijing time, across a month and a year end', () => {
    // 2026-12-03 is a Thursday; 2026-12-07 a Monday; 2027-01-04 a Monday.
    expect(nextDigestTime(DigestFrequency.weekly, new Date('2026-12-03T10:00:00+08:00')).toISOString()).toBe('2026-12-07T01:00:00.000Z');
    expect(nextDigestTime(DigestFrequency.weekly, new Date('2026-12-07T08:00:00+08:00')).toISOString()).toBe('2026-12-07T01:00:00.000Z');
    expect(nextDigestTime(DigestFrequency.weekly, new Date('2026-12-07T09:00:00+08:00')).toISOString()).toBe('2026-12-14T01:00:00.000Z');
    expect(nextDigestTime(DigestFrequency.weekly, new Date('2026-12-31T12:00:00+08:00')).toISOString()).toBe('2027-01-04T01:00:00.000Z');
  });
});
