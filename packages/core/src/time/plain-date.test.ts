import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfYear, daysBetween, daysInMonth, type PlainDate } from './plain-date.js';

const date = fc
  .record({ year: fc.integer({ min: -2000, max: 4000 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map((d): PlainDate => ({ ...d, day: Math.min(d.day, daysInMonth(d.year, d.month)) }));

/** The calendar as the platform keeps it; setUTCFullYear, because Date.UTC reads years 0–99 as 1900–1999. */
function epochDay({ year, month, day }: PlainDate): number {
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, day);
  return at.getTime() / 86_400_000;
}

describe('daysBetween', () => {
  it('agrees with the platform calendar for any two dates', () => {
    fc.assert(fc.property(date, date, (a, b) => daysBetween(a, b) === epochDay(b) - epochDay(a)));
  });

  it('counts leap days and year ends', () => {
    expect(daysBetween({ year: 2024, month: 2, day: 28 }, { year: 2024, month: 3, day: 1 })).toBe(2);
    expect(daysBetween({ year: 2100, month: 2, day: 28 }, { year: 2100, month: 3, day: 1 })).toBe(1);
    expect(daysBetween({ year: 2022, month: 12, day: 20 }, { year: 2022, month: 1, day: 25 })).toBe(-329);
    expect(daysBetween({ year: 99, month: 12, day: 31 }, { year: 100, month: 1, day: 1 })).toBe(1);
  });
});

describe('dayOfYear', () => {
  it('is 1 on 1 January and 365 or 366 on 31 December', () => {
    expect(dayOfYear({ year: 2022, month: 1, day: 1 })).toBe(1);
    expect(dayOfYear({ year: 2022, month: 12, day: 31 })).toBe(365);
    expect(dayOfYear({ year: 2024, month: 12, day: 31 })).toBe(366);
  });
});
