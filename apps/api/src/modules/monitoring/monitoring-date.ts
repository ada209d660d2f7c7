import { compareDates, monthEnd, parseIsoDate, type PlainDate } from '@jixiao/core';

/**
 * The date a project's execution is judged at: the date its spending was stated for, else today,
 * but never past the end of its fiscal year (a closed year is judged at 31 December).
 */
export function monitoringDate(asOf: string | null, fiscalYear: number, today: PlainDate): PlainDate {
  const stated = asOf === null ? undefined : parseIsoDate(asOf);
  if (stated) return stated;
  const yearEnd = monthEnd(fiscalYear, 12);
  return compareDates(today, yearEnd) > 0 ? yearEnd : today;
}
