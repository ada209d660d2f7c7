import { Decimal, type Ratio } from '../money/decimal.js';
import { dayOfYear, daysInMonth, daysInYear, isValidDate, type PlainDate } from '../time/plain-date.js';

/**
 * How 序时进度 is measured (rules.md “In-year monitoring”: m ÷ 12, or days elapsed ÷ days in the
 * year — a setting). 财预〔2019〕136号 asks for execution to be judged against the share of the year
 * elapsed; provinces publish it either per month or per day.
 */
export type TimeProgressMode = 'month' | 'day';

const MONTHS_IN_YEAR = Decimal.of(12n);

/**
 * 序时进度 of a fiscal year (China's fiscal year is the calendar year) as of the **end** of `date`.
 *
 * - `'month'`: completed months ÷ 12. A month counts once it is over, so the month containing
 *   `date` counts only when `date` is its last day: 2022-03-31 → 3/12, 2022-03-15 → 2/12. This is
 *   the rules' “m ÷ 12 at month m”, read as the month-end monitoring report for month m.
 * - `'day'`: days elapsed ÷ days in the year, `date` itself included: 2022-12-31 → 365/365.
 *
 * A date before the year gives 0, after it 1. The result is an exact Ratio, never rounded.
 */
export function timeProgress(date: PlainDate, fiscalYear: number, mode: TimeProgressMode = 'month'): Ratio {
  if (!Number.isInteger(fiscalYear)) throw new RangeError(`fiscal year must be an integer, got ${fiscalYear}`);
  if (!isValidDate(date)) throw new RangeError(`not a calendar date: ${date.year}-${date.month}-${date.day}`);
  if (date.year < fiscalYear) return Decimal.ZERO.dividedBy(Decimal.ONE);
  if (date.year > fiscalYear) return Decimal.ONE.dividedBy(Decimal.ONE);
  if (mode === 'day') {
    return Decimal.of(BigInt(dayOfYear(date))).dividedBy(Decimal.of(BigInt(daysInYear(fiscalYear))));
  }
  const completedMonths = isLastDayOfMonth(date) ? date.month : date.month - 1;
  return Decimal.of(BigInt(completedMonths)).dividedBy(MONTHS_IN_YEAR);
}

/** The last day of a month of the year: where the month-end reports are drawn up. */
export function monthEnd(fiscalYear: number, month: number): PlainDate {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`month must be 1–12, got ${month}`);
  return { year: fiscalYear, month, day: daysInMonth(fiscalYear, month) };
}

function isLastDayOfMonth(date: PlainDate): boolean {
  return date.day === daysInMonth(date.year, date.month);
}
