import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.js';
import { convertMoneyUnit } from './money-unit.js';

describe('convertMoneyUnit', () => {
  it('shifts the decimal point exactly between 元 and 万元', () => {
    expect(convertMoneyUnit(Decimal.from('603200.5'), '元', '万元')?.toString()).toBe('60.32005');
    expect(convertMoneyUnit(Decimal.from('60.32'), '万元', '元')?.eq('603200')).toBe(true);
    expect(convertMoneyUnit(Decimal.from('20'), '万元', '万元')?.toString()).toBe('20');
  });

  it('knows no other units', () => {
    expect(convertMoneyUnit(Decimal.from('3'), '次', '个')).toBeUndefined();
    expect(convertMoneyUnit(Decimal.from('3'), '元', '%')).toBeUndefined();
  });
});
