import { describe, expect, it } from 'vitest';
import { monthlyExecution, percentOf, toFen } from './exact-ratio';

describe('toFen', () => {
  it('reads 元 with up to two decimals exactly', () => {
    expect(toFen('910200.00')).toBe(91020000n);
    expect(toFen('0.1')).toBe(10n);
    expect(toFen('-3.05')).toBe(-305n);
    expect(toFen('12345678901234567.89')).toBe(1234567890123456789n);
    expect(() => toFen('1.005')).toThrow(RangeError);
  });
});

describe('percentOf', () => {
  it('rounds once, half away from zero', () => {
    expect(percentOf(910200n, 1000000n)).toBe('91.02');
    expect(percentOf(1n, 3n)).toBe('33.33');
    expect(percentOf(2n, 3n)).toBe('66.67');
    expect(percentOf(1n, 8n)).toBe('12.50');
    expect(percentOf(1n, 80000n)).toBe('0.00');
    expect(percentOf(1n, 20000n)).toBe('0.01');
    expect(percentOf(-1n, 3n)).toBe('-33.33');
    expect(percentOf(0n, 5n)).toBe('0.00');
    expect(percentOf(5n, 0n)).toBeNull();
  });
});

describe('monthlyExecution', () => {
  it('sums projects month by month before dividing', () => {
    const rates = monthlyExecution([
      { receivedYuan: '1000000.00', months: [{ month: 6, cumulativeSpentYuan: '300000.00' }, { month: 12, cumulativeSpentYuan: '910200.00' }] },
      { receivedYuan: '0.10', months: [{ month: 12, cumulativeSpentYuan: '0.10' }] },
    ]);
    expect(rates).toHaveLength(12);
    expect(rates[5]).toEqual({ month: 6, executionPercent: '30.00', timeProgressPercent: '50.00' });
    expect(rates[11]).toEqual({ month: 12, executionPercent: '91.02', timeProgressPercent: '100.00' });
    expect(rates[0]?.executionPercent).toBe('0.00');
  });

  it('has no rate when nothing was received', () => {
    expect(monthlyExecution([])[0]?.executionPercent).toBeNull();
  });
});
