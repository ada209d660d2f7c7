/**
 * The one sum the dashboard does itself (the overview's monthly curve over many projects, while the
 * overview query does not answer it): exact sums with the core's `Decimal`, 序时进度 by the core's
 * `timeProgress`, each rate rounded once by the core's policy. Never a float.
 */
import { Decimal, PERCENT_DECIMALS, monthEnd, timeProgress } from '@jixiao/core';
import { parseDecimal, percentOf } from './decimal-format';

export interface ProjectMonths {
  readonly receivedYuan: string;
  readonly months: readonly { readonly month: number; readonly cumulativeSpentYuan: string }[];
}

export interface MonthlyRate {
  /** 1–12 */
  readonly month: number;
  /** Σ cumulative spent ÷ Σ received at the month's end, percent; null when nothing was received. */
  readonly executionPercent: string | null;
  /** 序时进度 at the month's end (m ÷ 12, month-based as the API's series), percent. */
  readonly timeProgressPercent: string;
}

/** The execution rate of a set of projects at each month's end of `fiscalYear`. */
export function monthlyExecution(projects: readonly ProjectMonths[], fiscalYear: number): MonthlyRate[] {
  let received = Decimal.ZERO;
  const spent = Array.from({ length: 12 }, () => Decimal.ZERO);
  for (const project of projects) {
    received = received.plus(parseDecimal(project.receivedYuan));
    for (const point of project.months) {
      if (point.month >= 1 && point.month <= 12) spent[point.month - 1] = (spent[point.month - 1] ?? Decimal.ZERO).plus(parseDecimal(point.cumulativeSpentYuan));
    }
  }
  return spent.map((cumulative, index) => ({
    month: index + 1,
    executionPercent: percentOf(cumulative, received),
    timeProgressPercent: timeProgress(monthEnd(fiscalYear, index + 1), fiscalYear).times(Decimal.HUNDRED).round(PERCENT_DECIMALS).toFixed(PERCENT_DECIMALS),
  }));
}
