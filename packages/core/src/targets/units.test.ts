import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.js';
import { convertQuantity, sameUnitFamily, unitFamily } from './units.js';

const quantity = (value: string, unit: string) => ({ value: Decimal.from(value), unit });

describe('convertQuantity', () => {
  it.each([
    // The sample report's 宣传费: target in 万元, payments in 元.
    ['60.32', '万元', '元', '603200'],
    ['603200', '元', '万元', '60.32'],
    ['0.01', '元', '万元', '0.000001'],
    ['1', '亿元', '万元', '10000'],
    ['266', '米', '厘米', '26600'],
    ['50', '厘米', '米', '0.5'],
    ['1.2', '公里', '米', '1200'],
    ['3', '千米', '公里', '3'],
    ['1', '平方公里', '平方米', '1000000'],
    ['2', '吨', '公斤', '2000'],
  ])('%s%s is %s%s', (value, from, to, expected) => {
    const converted = convertQuantity(quantity(value, from), to);
    expect(converted?.value.toString()).toBe(expected);
    expect(converted?.unit).toBe(to);
  });

  it('keeps any unit as itself', () => {
    for (const unit of ['%', '‰', '次', '个', '']) {
      const q = quantity('98', unit);
      expect(convertQuantity(q, unit)).toBe(q);
    }
  });

  it('refuses to convert across families or between % and ‰', () => {
    expect(convertQuantity(quantity('1', '万元'), '米')).toBeUndefined();
    expect(convertQuantity(quantity('1', '%'), '‰')).toBeUndefined();
    expect(convertQuantity(quantity('1', '次'), '个')).toBeUndefined();
    expect(convertQuantity(quantity('1', '亩'), '平方米')).toBeUndefined();
  });

  it('round-trips exactly between any two units of a family', () => {
    const money = ['元', '千元', '万元', '百万元', '亿元'] as const;
    const amount = fc
      .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 6 }))
      .map(([units, scale]) => Decimal.of(units, scale));
    fc.assert(
      fc.property(amount, fc.constantFrom(...money), fc.constantFrom(...money), (value, from, to) => {
        const there = convertQuantity({ value, unit: from }, to);
        const back = there === undefined ? undefined : convertQuantity(there, from);
        expect(back?.value.eq(value)).toBe(true);
      }),
    );
  });
});

describe('sameUnitFamily', () => {
  it('compares units', () => {
    expect(sameUnitFamily('万元', '元')).toBe(true);
    expect(sameUnitFamily('公里', '米')).toBe(true);
    expect(sameUnitFamily('次', '次')).toBe(true);
    expect(sameUnitFamily('', '')).toBe(true);
    expect(sameUnitFamily('%', '%')).toBe(true);
    expect(sameUnitFamily('%', '‰')).toBe(false);
    expect(sameUnitFamily('万元', '米')).toBe(false);
    expect(sameUnitFamily('次', '个')).toBe(false);
  });

  it('names the families', () => {
    expect(unitFamily('亿元')).toBe('money');
    expect(unitFamily('km')).toBe('length');
    expect(unitFamily('次')).toBeUndefined();
  });
});
