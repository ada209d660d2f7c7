import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.js';
import { ratioQuotient, thresholdPercent } from './ratio-quotient.js';

describe('ratioQuotient', () => {
  it('divides two rates exactly', () => {
    const executionRate = Decimal.from('45').dividedBy('100');
    const progress = Decimal.from('9').dividedBy('12');
    expect(ratioQuotient(executionRate, progress)?.compare(Decimal.from('0.6'))).toBe(0);
  });

  it('keeps the sign right with a negative divisor', () => {
    const quotient = ratioQuotient(Decimal.ONE.dividedBy('2'), Decimal.from('-1').dividedBy('4'));
    expect(quotient?.compare(Decimal.from('-2'))).toBe(0);
  });

  it('answers undefined for a zero divisor', () => {
    expect(ratioQuotient(Decimal.ONE.dividedBy('2'), Decimal.ZERO.dividedBy('3'))).toBeUndefined();
  });
});

describe('thresholdPercent', () => {
  it('prints a fraction as a whole percentage without trailing zeros', () => {
    expect(thresholdPercent(Decimal.from('0.60'))).toBe('60%');
    expect(thresholdPercent(Decimal.from('1.05'))).toBe('105%');
    expect(thresholdPercent(Decimal.from('0.125'))).toBe('12.5%');
  });
});
