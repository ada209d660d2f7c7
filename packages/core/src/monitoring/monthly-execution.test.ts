import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Payment } from '../budget/budget.js';
import { Decimal } from '../money/decimal.js';
import { monthlyExecution } from './monthly-execution.js';

const pay = (isoDate: string, amount: string, category = '宣传费'): Payment => {
  const [year = 0, month = 0, day = 0] = isoDate.split('-').map(Number);
  return { date: { year, month, day }, amount: Decimal.from(amount), category, voucher: `记-${isoDate}` };
};

describe('monthlyExecution', () => {
  const received = Decimal.from('1000000');
  const payments = [
    pay('2022-01-25', '100000.10'),
    pay('2022-01-31', '0.20', '差旅费'),
    pay('2022-03-01', '200000'),
    pay('2022-12-31', '610200'),
  ];

  it('builds twelve cumulative month-end points with exact sums', () => {
    const series = monthlyExecution(payments, 2022, received);
    expect(series.points).toHaveLength(12);
    const [january, february, march] = series.points;
    expect(january?.spentInMonth.toString()).toBe('100000.30');
    expect(january?.asOf).toEqual({ year: 2022, month: 1, day: 31 });
    expect(february?.spentInMonth.isZero()).toBe(true);
    expect(february?.cumulativeSpent.toString()).toBe('100000.30');
    expect(march?.cumulativeSpent.toString()).toBe('300000.30');
    expect(series.points.at(-1)?.cumulativeSpent.toString()).toBe('910200.30');
  });

  it('rates execution against the money received and pairs it with time progress', () => {
    const series = monthlyExecution(payments, 2022, received);
    const march = series.points[2];
    expect(march?.executionRate?.toPercent(4)).toBe('30.0000%');
    expect(march?.timeProgress.compare(Decimal.from('0.25'))).toBe(0);
    expect(series.points.at(-1)?.executionRate?.toPercent()).toBe('91.02%');
    expect(series.points.at(-1)?.timeProgress.compare(Decimal.ONE)).toBe(0);
  });

  it('can pair the curve with day-based time progress', () => {
    const series = monthlyExecution(payments, 2022, received, 'day');
    expect(series.points[1]?.timeProgress.compare(Decimal.from(59).dividedBy(365))).toBe(0);
  });

  it('leaves payments of other years out and returns them', () => {
    const stray = pay('2021-12-30', '5000');
    const late = pay('2023-01-03', '7000');
    const series = monthlyExecution([stray, ...payments, late], 2022, received);
    expect(series.paymentsOutsideYear).toEqual([stray, late]);
    expect(series.points.at(-1)?.cumulativeSpent.toString()).toBe('910200.30');
  });

  it('has no execution rate when nothing was received', () => {
    const series = monthlyExecution(payments, 2022, Decimal.ZERO);
    expect(series.points.every((point) => point.executionRate === undefined)).toBe(true);
  });

  it('rejects a payment with an impossible date', () => {
    expect(() => monthlyExecution([pay('2022-02-30', '1')], 2022, received)).toThrow(/记-2022-02-30/);
  });

  it('ends on the exact sum of the year’s payments, never falling on the way', () => {
    const arbitraryPayment = fc
      .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), fen: fc.bigInt({ min: 0n, max: 10_000_000_00n }) })
      .map(({ month, day, fen }): Payment => ({ date: { year: 2022, month, day }, amount: Decimal.of(fen, 2), category: '其他' }));
    fc.assert(
      fc.property(fc.array(arbitraryPayment, { maxLength: 40 }), (list) => {
        const { points } = monthlyExecution(list, 2022, received);
        const total = list.reduce((sum, p) => sum + p.amount.units, 0n);
        const nonDecreasing = points.every((point, i) => i === 0 || point.cumulativeSpent.gte(points[i - 1]?.cumulativeSpent ?? Decimal.ZERO));
        return nonDecreasing && points.at(-1)?.cumulativeSpent.eq(Decimal.of(total, 2)) === true;
      }),
    );
  });
});
