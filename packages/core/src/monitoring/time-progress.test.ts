import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, type Ratio } from '../money/decimal.js';
import { compareDates, daysInMonth, type PlainDate } from '../time/plain-date.js';
import { monthEnd, timeProgress, type TimeProgressMode } from './time-progress.js';

const date = (year: number, month: number, day: number): PlainDate => ({ year, month, day });
const fraction = (n: number, d: number): Ratio => Decimal.of(BigInt(n)).dividedBy(Decimal.of(BigInt(d)));

describe('timeProgress, month-based', () => {
  it('counts a month once it is over: m ÷ 12 at the end of month m', () => {
    expect(timeProgress(date(2022, 3, 31), 2022).compare(fraction(3, 12))).toBe(0);
    expect(timeProgress(date(2022, 6, 30), 2022, 'month').compare(fraction(1, 2))).toBe(0);
    expect(timeProgress(date(2022, 12, 31), 2022).compare(fraction(1, 1))).toBe(0);
  });

  it('does not count the month the date is in before its last day', () => {
    expect(timeProgress(date(2022, 3, 15), 2022).compare(fraction(2, 12))).toBe(0);
    expect(timeProgress(date(2022, 1, 1), 2022).compare(fraction(0, 1))).toBe(0);
    expect(timeProgress(date(2022, 12, 30), 2022).compare(fraction(11, 12))).toBe(0);
  });

  it('knows February’s last day in leap and common years', () => {
    expect(timeProgress(date(2024, 2, 29), 2024).compare(fraction(2, 12))).toBe(0);
    expect(timeProgress(date(2024, 2, 28), 2024).compare(fraction(1, 12))).toBe(0);
    expect(timeProgress(date(2023, 2, 28), 2023).compare(fraction(2, 12))).toBe(0);
  });
});

describe('timeProgress, day-based', () => {
  it('divides the days elapsed, the date included, by the days in the year', () => {
    expect(timeProgress(date(2022, 1, 1), 2022, 'day').compare(fraction(1, 365))).toBe(0);
    expect(timeProgress(date(2022, 3, 31), 2022, 'day').compare(fraction(90, 365))).toBe(0);
    expect(timeProgress(date(2024, 3, 31), 2024, 'day').compare(fraction(91, 366))).toBe(0);
    expect(timeProgress(date(2024, 12, 31), 2024, 'day').compare(fraction(1, 1))).toBe(0);
  });

  it('is exact, not a rounded float', () => {
    expect(timeProgress(date(2022, 7, 2), 2022, 'day').toPercent(4)).toBe('50.1370%');
  });
});

describe('timeProgress outside the year', () => {
  it('is 0 before the year and 1 after it, in both modes', () => {
    for (const mode of ['month', 'day'] as const) {
      expect(timeProgress(date(2021, 12, 31), 2022, mode).compare(fraction(0, 1))).toBe(0);
      expect(timeProgress(date(2023, 1, 1), 2022, mode).compare(fraction(1, 1))).toBe(0);
    }
  });

  it('rejects impossible dates and fractional years', () => {
    expect(() => timeProgress(date(2022, 2, 30), 2022)).toThrow(RangeError);
    expect(() => timeProgress(date(2022, 13, 1), 2022)).toThrow(RangeError);
    expect(() => timeProgress(date(2022, 1, 1), 2022.5)).toThrow(RangeError);
  });
});

describe('monthEnd', () => {
  it('gives the last day of the month', () => {
    expect(monthEnd(2022, 2)).toEqual(date(2022, 2, 28));
    expect(monthEnd(2024, 2)).toEqual(date(2024, 2, 29));
    expect(monthEnd(2022, 12)).toEqual(date(2022, 12, 31));
    expect(() => monthEnd(2022, 0)).toThrow(RangeError);
  });
});

/** Dates within a year either side of the fiscal year, so most land inside it. */
const arbitraryDate = (fiscalYear: number): fc.Arbitrary<PlainDate> =>
  fc
    .record({
      year: fc.integer({ min: fiscalYear - 1, max: fiscalYear + 1 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .map(({ year, month, day }) => date(year, month, Math.min(day, daysInMonth(year, month))));
const arbitraryYear = fc.integer({ min: 2019, max: 2025 });
const arbitraryMode = fc.constantFrom<TimeProgressMode>('month', 'day');
const zero = fraction(0, 1);
const one = fraction(1, 1);

describe('timeProgress properties', () => {
  it('stays within [0, 1]', () => {
    fc.assert(
      fc.property(
        arbitraryYear.chain((year) => fc.tuple(fc.constant(year), arbitraryDate(year))),
        arbitraryMode,
        ([year, d], mode) => {
          const progress = timeProgress(d, year, mode);
          return progress.compare(zero) >= 0 && progress.compare(one) <= 0;
        },
      ),
    );
  });

  it('never falls as the date moves on', () => {
    fc.assert(
      fc.property(
        arbitraryYear.chain((year) => fc.tuple(fc.constant(year), arbitraryDate(year), arbitraryDate(year))),
        arbitraryMode,
        ([year, a, b], mode) => {
          const [earlier, later] = compareDates(a, b) <= 0 ? [a, b] : [b, a];
          return timeProgress(earlier, year, mode).compare(timeProgress(later, year, mode)) <= 0;
        },
      ),
    );
  });
});
