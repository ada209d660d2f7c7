import { dayOfYear, daysInYear, formatIsoDate, type PlainDate } from '@jixiao/core';

/**
 * The fiscal years of the demo set, read from the date it is generated on: the year before last
 * (同比 comparisons), last year (closed and self-evaluated) and this year (in progress as of today).
 */
export interface DemoYear {
  readonly fiscalYear: number;
  /** closed: the whole year's payments and a finished self-evaluation; inProgress: up to today. */
  readonly phase: 'closed' | 'inProgress';
  /** The 截至 date the project's figures are stated at: 31 December, or today. */
  readonly asOf: string;
  /** Months with payments: 12, or today's month (its payments dated up to today). */
  readonly months: number;
  /** The last day of the last month that has payments (today in the current year). */
  readonly lastPaymentDay: number;
  /** The share of the year elapsed at `asOf` (days, today included), which spending and progress follow. */
  readonly elapsed: { readonly days: number; readonly ofDays: number };
}

export function demoYears(today: PlainDate): readonly [DemoYear, DemoYear, DemoYear] {
  const closed = (fiscalYear: number): DemoYear => ({
    fiscalYear,
    phase: 'closed',
    asOf: `${fiscalYear}-12-31`,
    months: 12,
    lastPaymentDay: 28,
    elapsed: { days: daysInYear(fiscalYear), ofDays: daysInYear(fiscalYear) },
  });
  return [
    closed(today.year - 2),
    closed(today.year - 1),
    {
      fiscalYear: today.year,
      phase: 'inProgress',
      asOf: formatIsoDate(today),
      months: today.month,
      lastPaymentDay: today.day,
      elapsed: { days: dayOfYear(today), ofDays: daysInYear(today.year) },
    },
  ];
}
