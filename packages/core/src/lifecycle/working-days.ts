import { daysBetween, type PlainDate } from '../time/plain-date.js';

const EPOCH: PlainDate = { year: 1970, month: 1, day: 1 };
/** 1970-01-01 was a Thursday: 0 = Monday … 6 = Sunday. */
const EPOCH_WEEKDAY = 3;

/** 0 = Monday … 6 = Sunday. */
export function weekday(date: PlainDate): number {
  return (((daysBetween(EPOCH, date) + EPOCH_WEEKDAY) % 7) + 7) % 7;
}

function addDays(date: PlainDate, days: number): PlainDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * The date `n` working days after `date` (Monday–Friday). Public holidays and the weekend swaps of
 * the State Council's calendar are not known here, so a due date that falls around a holiday is
 * earlier than the official count: a reminder comes early, never late.
 */
export function addWorkingDays(date: PlainDate, n: number): PlainDate {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`working days must be a positive integer, got ${n}`);
  let result = date;
  for (let left = n; left > 0; ) {
    result = addDays(result, 1);
    if (weekday(result) < 5) left -= 1;
  }
  return result;
}
