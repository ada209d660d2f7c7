import { describe, expect, it } from 'vitest';
import { monthlyExecution } from './monthly-curve';

describe('monthlyExecution', () => {
  it('sums projects month by month before dividing, rounding once', () => {
    const rates = monthlyExecution(
      [
        { receivedYuan: '1000000.00', months: [{ month: 6, cumulativeSpentYuan: '300000.00' }, { month: 12, cumulativeSpentYuan: '910200.00' }] },
        { receivedYuan: '0.10', months: [{ month: 12, cumulativeSpentYuan: '0.10' }] },
      ],
      2022,
    );
    expect(rates).toHaveLength(12);
    expect(rates[5]).toEqual({ month: 6, executionPercent: '30.00', timeProgressPercent: '50.00' });
    expect(rates[11]).toEqual({ month: 12, executionPercent: '91.02', timeProgressPercent: '100.00' });
    expect(rates[0]).toEqual({ month: 1, executionPercent: '0.00', timeProgressPercent: '8.33' });
    expect(rates[1]?.timeProgressPercent).toBe('16.67');
  });

  it('keeps amounts a float would lose', () => {
    const rates = monthlyExecution([{ receivedYuan: '90071992547409.93', months: [{ month: 1, cumulativeSpentYuan: '30023997515803.31' }] }], 2022);
    expect(rates[0]?.executionPercent).toBe('33.33');
  });

  it('has no rate when nothing was received', () => {
    expect(monthlyExecution([], 2022)[0]?.executionPercent).toBeNull();
  });
});
