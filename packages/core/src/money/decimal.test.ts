import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, DecimalFormatError, Ratio } from './decimal.js';
import { formatPercent, formatWanYuan, roundScore } from './rounding.js';

describe('Decimal', () => {
  it('parses and prints plain notation', () => {
    expect(Decimal.from('91.02').toString()).toBe('91.02');
    expect(Decimal.from('-0.5').toString()).toBe('-0.5');
    expect(Decimal.from('1,234.50').toString()).toBe('1234.50');
    expect(Decimal.from('1e3').toString()).toBe('1000');
    expect(Decimal.from('2.5e-3').toString()).toBe('0.0025');
    expect(Decimal.from(0.1).toString()).toBe('0.1');
    expect(Decimal.from(910200n).toString()).toBe('910200');
  });

  it('rejects what is not a number', () => {
    for (const bad of ['', '.', 'abc', '1.2.3', '--1', '1e', 'NaN']) {
      expect(() => Decimal.from(bad), bad).toThrow(DecimalFormatError);
    }
    expect(() => Decimal.from(Number.NaN)).toThrow(DecimalFormatError);
    expect(Decimal.tryParse('12元')).toBeUndefined();
  });

  it('adds without floating-point error', () => {
    expect(Decimal.from('0.1').plus('0.2').eq('0.3')).toBe(true);
    expect(Decimal.sum(['60.32', '7.9', '0.8', '20', '2'].map((v) => Decimal.from(v))).toString()).toBe('91.02');
  });

  it('rounds half away from zero', () => {
    expect(Decimal.from('4.555').round(2).toString()).toBe('4.56');
    expect(Decimal.from('4.554').round(2).toString()).toBe('4.55');
    expect(Decimal.from('-4.555').round(2).toString()).toBe('-4.56');
    expect(Decimal.from('2.5').round(0).toString()).toBe('3');
    expect(Decimal.from('9.1').toFixed(2)).toBe('9.10');
  });

  it('compares across scales', () => {
    expect(Decimal.from('1.10').eq('1.1')).toBe(true);
    expect(Decimal.from('2').gt('1.999')).toBe(true);
    expect(Decimal.min(Decimal.from('3'), Decimal.from('2.5')).toString()).toBe('2.5');
  });

  it('sums exactly (property)', () => {
    const cents = fc.array(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), { maxLength: 50 });
    fc.assert(
      fc.property(cents, (values) => {
        const total = Decimal.sum(values.map((v) => Decimal.of(v, 2)));
        const expected = values.reduce((a, b) => a + b, 0n);
        return total.eq(Decimal.of(expected, 2));
      }),
    );
  });

  it('plus and minus are inverse (property)', () => {
    const dec = fc.tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 6 }));
    fc.assert(
      fc.property(dec, dec, ([au, as], [bu, bs]) => {
        const a = Decimal.of(au, as);
        const b = Decimal.of(bu, bs);
        return a.plus(b).minus(b).eq(a);
      }),
    );
  });
});

describe('Ratio', () => {
  it('keeps a rate exact until it is rounded once', () => {
    const rate = Decimal.from('91.02').dividedBy('100');
    expect(formatPercent(rate)).toBe('91.02%');
    expect(roundScore(rate.times(Decimal.from('5'))).toString()).toBe('4.55');
    expect(roundScore(rate.times(Decimal.from('10'))).toFixed(2)).toBe('9.10');
  });

  it('rounds thirds and negative quotients', () => {
    expect(Decimal.from('1').dividedBy('3').round(2).toString()).toBe('0.33');
    expect(Decimal.from('2').dividedBy('3').round(2).toString()).toBe('0.67');
    expect(Decimal.from('-1').dividedBy('8').round(2).toString()).toBe('-0.13');
    expect(Decimal.from('1').dividedBy('-8').round(2).toString()).toBe('-0.13');
  });

  it('compares', () => {
    const half = Decimal.from(1).dividedBy(2);
    expect(half.compare(Decimal.from('0.5'))).toBe(0);
    expect(half.compare(Decimal.from(2).dividedBy(3))).toBe(-1);
    expect(() => Ratio.of(Decimal.ONE, Decimal.ZERO)).toThrow(RangeError);
  });

  it('rounding is within half a unit of the exact value (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), fc.bigInt({ min: 1n, max: 10n ** 6n }), (n, d) => {
        const rounded = Decimal.of(n).dividedBy(Decimal.of(d)).round(2);
        // |rounded·d − n| ≤ d/2 · 10^-2  ⇔  |rounded.units·d − n·100| ≤ d/2
        const error = rounded.units * d - n * 100n;
        return 2n * (error < 0n ? -error : error) <= d;
      }),
    );
  });
});

describe('万元 formatting', () => {
  it('formats yuan as 万元 with two decimals', () => {
    expect(formatWanYuan(Decimal.from('910200'))).toBe('91.02万元');
    expect(formatWanYuan(Decimal.from('79000'))).toBe('7.90万元');
    expect(formatWanYuan(Decimal.from('12345.67'))).toBe('1.23万元');
  });
});

describe('exactness beyond the fast range', () => {
  // Reference arithmetic in bigint only, to check that the number fast path never approximates.
  const big = fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n });
  const near = fc.bigInt({ min: 2n ** 52n, max: 2n ** 54n });
  const units = fc.oneof(big, near, fc.bigInt({ min: -1000n, max: 1000n }));
  const scale = fc.integer({ min: 0, max: 18 });

  it('plus, minus and times agree with bigint arithmetic', () => {
    fc.assert(
      fc.property(units, scale, units, scale, (au, as, bu, bs) => {
        const a = Decimal.of(au, as);
        const b = Decimal.of(bu, bs);
        const s = Math.max(as, bs);
        const aAt = au * 10n ** BigInt(s - as);
        const bAt = bu * 10n ** BigInt(s - bs);
        return (
          a.plus(b).toString() === Decimal.of(aAt + bAt, s).toString() &&
          a.minus(b).toString() === Decimal.of(aAt - bAt, s).toString() &&
          a.times(b).eq(Decimal.of(au * bu, as + bs)) &&
          a.compare(b) === (aAt < bAt ? -1 : aAt > bAt ? 1 : 0)
        );
      }),
    );
  });

  it('rounds quotients like bigint arithmetic', () => {
    fc.assert(
      fc.property(units, fc.bigInt({ min: 1n, max: 10n ** 18n }), (n, d) => {
        const rounded = Decimal.of(n).dividedBy(Decimal.of(d)).round(2);
        const magnitude = (n < 0n ? -n : n) * 100n;
        const q = (2n * magnitude + d) / (2n * d);
        return rounded.units === (n < 0n ? -q : q) && rounded.scale === 2;
      }),
    );
  });

  it('prints and parses large values exactly', () => {
    expect(Decimal.from('123456789012345678901.23').plus('0.01').toString()).toBe('123456789012345678901.24');
    expect(Decimal.from('9007199254740993').toString()).toBe('9007199254740993');
    expect(Decimal.from('9007199254740991').plus(2).toString()).toBe('9007199254740993');
  });
});
