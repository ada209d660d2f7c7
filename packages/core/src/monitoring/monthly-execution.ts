import type { Payment } from '../budget/budget.js';
import { Decimal, type Ratio } from '../money/decimal.js';
import { formatIsoDate, isValidDate, type PlainDate } from '../time/plain-date.js';
import { monthEnd, timeProgress, type TimeProgressMode } from './time-progress.js';

/** The state of execution at the end of one month of the fiscal year. */
export interface MonthlyExecutionPoint {
  /** 1–12 */
  readonly month: number;
  /** The month's last day, the date the point describes. */
  readonly asOf: PlainDate;
  /** Paid out during the month, in 元. */
  readonly spentInMonth: Decimal;
  /** Paid out from 1 January to `asOf`, in 元. */
  readonly cumulativeSpent: Decimal;
  /** 预算执行率 = cumulative spent ÷ 实际到位 (glossary); undefined when nothing was received. */
  readonly executionRate?: Ratio;
  /** 序时进度 at `asOf`. */
  readonly timeProgress: Ratio;
}

export interface MonthlyExecution {
  readonly fiscalYear: number;
  readonly receivedAmount: Decimal;
  /** Always twelve points, January first; a month without payments repeats the previous total. */
  readonly points: readonly MonthlyExecutionPoint[];
  /**
   * Payments dated outside the fiscal year. They are left out of the series rather than guessed
   * into it, and returned so that a review can ask why they are on this year's books.
   */
  readonly paymentsOutsideYear: readonly Payment[];
}

/**
 * The cumulative monthly execution curve that 绩效运行监控 (财预〔2019〕136号) compares with 序时进度.
 * Sums are exact; `receivedAmount` is the year's 实际到位, the glossary's base of 预算执行率.
 */
export function monthlyExecution(
  payments: readonly Payment[],
  fiscalYear: number,
  receivedAmount: Decimal,
  mode: TimeProgressMode = 'month',
): MonthlyExecution {
  const spentByMonth = Array.from({ length: 12 }, () => Decimal.ZERO);
  const paymentsOutsideYear: Payment[] = [];
  for (const payment of payments) {
    if (!isValidDate(payment.date)) {
      throw new RangeError(`payment ${payment.voucher ?? payment.category} has an impossible date ${formatIsoDate(payment.date)}`);
    }
    if (payment.date.year !== fiscalYear) {
      paymentsOutsideYear.push(payment);
      continue;
    }
    const index = payment.date.month - 1;
    spentByMonth[index] = (spentByMonth[index] ?? Decimal.ZERO).plus(payment.amount);
  }

  let cumulativeSpent = Decimal.ZERO;
  const points = spentByMonth.map((spentInMonth, index): MonthlyExecutionPoint => {
    cumulativeSpent = cumulativeSpent.plus(spentInMonth);
    const asOf = monthEnd(fiscalYear, index + 1);
    return {
      month: index + 1,
      asOf,
      spentInMonth,
      cumulativeSpent,
      ...(receivedAmount.isZero() ? {} : { executionRate: cumulativeSpent.dividedBy(receivedAmount) }),
      timeProgress: timeProgress(asOf, fiscalYear, mode),
    };
  });
  return { fiscalYear, receivedAmount, points, paymentsOutsideYear };
}
