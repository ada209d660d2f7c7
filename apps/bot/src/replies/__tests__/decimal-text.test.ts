import { describe, expect, it } from 'vitest';
import { signOf, subtractDecimal, twoDecimals, yuanToWan } from '../decimal-text.js';

describe('yuanToWan', () => {
  it('shifts four places and rounds half-up to two decimals', () => {
    expect(yuanToWan('910200.00')).toBe('91.02');
    expect(yuanToWan('1000000')).toBe('100.00');
    expect(yuanToWan('12345')).toBe('1.23');
    expect(yuanToWan('12350')).toBe('1.24');
    expect(yuanToWan('12349.99')).toBe('1.23');
    expect(yuanToWan('0.01')).toBe('0.00');
    expect(yuanToWan('99999999999999999999.99')).toBe('10000000000000000.00');
  });

  it('rounds negatives away from zero and never prints -0.00', () => {
    expect(yuanToWan('-12350')).toBe('-1.24');
    expect(yuanToWan('-10')).toBe('0.00');
  });

  it('refuses what is not a decimal', () => {
    expect(() => yuanToWan('abc')).toThrow();
    expect(() => yuanToWan('')).toThrow();
  });
});

describe('twoDecimals / subtractDecimal / signOf', () => {
  it('formats and subtracts exactly where floats would not', () => {
    expect(twoDecimals('91.02')).toBe('91.02');
    expect(twoDecimals('91.025')).toBe('91.03');
    expect(twoDecimals('7')).toBe('7.00');
    expect(subtractDecimal('0.3', '0.1')).toBe('0.2');
    expect(subtractDecimal('91.02', '87.4')).toBe('3.62');
    expect(subtractDecimal('50', '87.40')).toBe('-37.40');
    expect(subtractDecimal('1000000.00', '910200.00')).toBe('89800.00');
    expect([signOf('-0.01'), signOf('0.00'), signOf('3')]).toEqual([-1, 0, 1]);
  });
});
