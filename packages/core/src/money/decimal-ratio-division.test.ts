import { describe, expect, it } from 'vitest';
import { Decimal } from './decimal.js';

describe('Ratio.dividedBy', () => {
  it('divides exactly, keeping the sign on the numerator', () => {
    const execution = Decimal.from('45').dividedBy('100');
    const progress = Decimal.from('9').dividedBy('12');
    expect(execution.dividedBy(progress).round(4).toString()).toBe('0.6000');
    expect(Decimal.from('1').dividedBy('2').dividedBy(Decimal.from('-1').dividedBy('4')).round(2).toString()).toBe('-2.00');
  });

  it('refuses a zero divisor', () => {
    expect(() => Decimal.ONE.dividedBy(1).dividedBy(Decimal.ZERO.dividedBy(1))).toThrow(RangeError);
    expect(Decimal.ZERO.dividedBy(3).isZero()).toBe(true);
  });
});
