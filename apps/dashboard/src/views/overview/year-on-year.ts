import { Decimal } from '@jixiao/core';
import type { DashboardOverviewQuery } from '@jixiao/contract';
import { statedExecutionMonth } from '../../utils/stated-execution-month';
import { formatDecimal, parseDecimal } from '../../utils/decimal-format';

type Series = DashboardOverviewQuery['dashboardOverview']['executionSeries'][number];

/** 同比 of the headline figures: this year at its as-of month against last year at the same month-end. */
export interface YearOnYear {
  /** The month-end compared (1–12). */
  readonly month: number;
  /** 预算执行率 difference in percentage points, signed ("+3.20", "-1.05"); null when either year has no rate. */
  readonly executionPoints: string | null;
  /** Change of 实际支出 in percent, signed; null when last year had spent nothing by then. */
  readonly spentPercent: string | null;
}

const signed = (text: string) => (text.startsWith('-') ? text : `+${text}`);

/**
 * From the API's two monthly curves (summed over the same projects as the totals), so that a year
 * in progress is not compared with a whole closed year: September against September.
 */
export function yearOnYear(series: readonly Series[], fiscalYear: number, asOf: string): YearOnYear | null {
  const current = series.find((s) => s.fiscalYear === fiscalYear);
  const previous = series.find((s) => s.fiscalYear === fiscalYear - 1);
  if (!current || !previous || previous.points.every((p) => p.executionRate === null)) return null;
  const month = statedExecutionMonth(asOf, fiscalYear);
  const now = current.points.find((p) => p.month === month);
  const then = previous.points.find((p) => p.month === month);
  if (!now || !then) return null;
  const executionPoints =
    now.executionRate && then.executionRate
      ? signed(formatDecimal(parseDecimal(now.executionRate.percent).minus(parseDecimal(then.executionRate.percent)).toString()))
      : null;
  const spentThen = parseDecimal(then.cumulativeSpent.yuan);
  const spentPercent = spentThen.isZero()
    ? null
    : signed(
        formatDecimal(
          parseDecimal(now.cumulativeSpent.yuan).minus(spentThen).dividedBy(spentThen).times(Decimal.HUNDRED).round(2).toString(),
        ),
      );
  return { month, executionPoints, spentPercent };
}
