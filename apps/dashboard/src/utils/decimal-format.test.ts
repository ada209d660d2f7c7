import { describe, expect, it } from 'vitest';
import { chartValue, formatDecimal, formatPercent, formatScore, formatWanYuan, yuanToWanYuan } from './decimal-format';

describe('formatDecimal', () => {
  it('pads, groups and rounds half away from zero (the core policy)', () => {
    expect(formatDecimal('1234.5')).toBe('1,234.50');
    expect(formatDecimal('4.551')).toBe('4.55');
    expect(formatDecimal('4.555')).toBe('4.56');
    expect(formatDecimal('-4.555')).toBe('-4.56');
    expect(formatDecimal('0.005')).toBe('0.01');
    expect(formatDecimal('-1234567.891', { grouping: false })).toBe('-1234567.89');
    expect(formatDecimal('-1234567.891')).toBe('-1,234,567.89');
    expect(formatDecimal('7', { decimals: 0 })).toBe('7');
  });

  it('never shows a negative zero', () => {
    expect(formatDecimal('-0.001')).toBe('0.00');
  });

  it('keeps digits a float would lose', () => {
    expect(formatDecimal('9007199254740993.01')).toBe('9,007,199,254,740,993.01');
    expect(formatDecimal('0.1')).toBe('0.10');
  });

  it('rejects what the API never sends', () => {
    expect(() => formatDecimal('1e5')).toThrow(RangeError);
    expect(() => formatDecimal('')).toThrow(RangeError);
    expect(() => formatDecimal('12,3')).toThrow(RangeError);
  });
});

describe('money and rates', () => {
  it('turns 元 into 万元 by the core', () => {
    expect(yuanToWanYuan('910200.00')).toBe('91.02');
    expect(yuanToWanYuan('1000000')).toBe('100.00');
    expect(yuanToWanYuan('45')).toBe('0.00');
    expect(yuanToWanYuan('50')).toBe('0.01');
    expect(yuanToWanYuan('123456789012.34')).toBe('12,345,678.90');
    expect(yuanToWanYuan('123456789012.34', { grouping: false })).toBe('12345678.90');
  });

  it('labels 万元 and percent, with a dash for absent values', () => {
    expect(formatWanYuan({ yuan: '910200.00' })).toBe('91.02万元');
    expect(formatWanYuan({ yuan: '123456000' })).toBe('12,345.60万元');
    expect(formatWanYuan(null)).toBe('—');
    expect(formatPercent('91.02')).toBe('91.02%');
    expect(formatPercent('1234.5')).toBe('1234.50%');
    expect(formatPercent('-3.5')).toBe('-3.50%');
    expect(formatPercent(null)).toBe('—');
    expect(formatScore('4.551')).toBe('4.55');
    expect(formatScore('20')).toBe('20.00');
    expect(formatScore(undefined)).toBe('—');
  });

  it('makes chart coordinates only from valid decimals', () => {
    expect(chartValue('91.02')).toBe(91.02);
    expect(chartValue(null)).toBeNull();
    expect(() => chartValue('abc')).toThrow(RangeError);
  });
});
