import type { PlainDate } from '../targets/target.js';

export type { PlainDate };

/** Reads `YYYY-MM-DD`; answers undefined for anything else, including impossible days. */
export function parseIsoDate(text: string): PlainDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDate(date) ? date : undefined;
}

export function isValidDate({ year, month, day }: PlainDate): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Day of the year, 1 on 1 January. */
export function dayOfYear(date: PlainDate): number {
  return dayNumber(date) - dayNumber({ year: date.year, month: 1, day: 1 }) + 1;
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: PlainDate, b: PlainDate): number {
  return dayNumber(b) - dayNumber(a);
}

/**
 * Days since 1970-01-01 in the proleptic Gregorian calendar, by integer arithmetic (H. Hinnant's
 * days_from_civil): exact for every year, where Date.UTC reads years 0–99 as 1900–1999, and without
 * a Date per call (deadline checks run for every indicator of every audited project).
 */
function dayNumber({ year, month, day }: PlainDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfMarchYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfMarchYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function compareDates(a: PlainDate, b: PlainDate): -1 | 0 | 1 {
  const d = daysBetween(b, a);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

export function formatIsoDate({ year, month, day }: PlainDate): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 2022年1月25日 */
export function formatChineseDate({ year, month, day }: PlainDate): string {
  return `${year}年${month}月${day}日`;
}
