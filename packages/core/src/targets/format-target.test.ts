import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.js';
import { formatActual, formatTarget } from './format-target.js';
import { parseActual, parseTarget } from './parse-target.js';
import type { Actual, Target, TargetOperator } from './target.js';

function target(text: string): Target {
  const result = parseTarget(text, { fiscalYear: 2022 });
  if (!result.ok) throw result.error;
  return result.value;
}

function actual(text: string): Actual {
  const result = parseActual(text);
  if (!result.ok) throw result.error;
  return result.value;
}

describe('formatTarget', () => {
  it.each([
    ['≥2次', '≥2次'],
    ['≤20万元', '≤20万元'],
    ['≧90%', '≥90%'],
    ['不超过3万元', '≤3万元'],
    ['=10个', '=10个'],
    ['10个', '≥10个'],
    // Outside a 成本指标 a sum of money is an amount to reach (see impliedOperator).
    ['20万元', '≥20万元'],
    ['2022年12月20日', '2022年12月20日'],
    ['2022-1-5', '2022年1月5日'],
    ['12月底之前完成', '2022年12月底前'],
    ['逐步提高', '逐步提高'],
    ['明显提高', '显著提升'],
    ['60.30万元', '≥60.30万元'],
    ['每亩≤300', '每亩≤300'],
  ])('writes %s as %s', (text, expected) => {
    expect(formatTarget(target(text))).toBe(expected);
  });
});

describe('formatActual', () => {
  it.each([
    ['3次', '3次'],
    ['60.32万元', '60.32万元'],
    ['≥266米', '≥266米'],
    ['2022年1月25日', '2022年1月25日'],
    ['逐步提高', '逐步提高'],
  ])('writes %s as %s', (text, expected) => {
    expect(formatActual(actual(text))).toBe(expected);
  });
});

const operators: readonly TargetOperator[] = ['gte', 'gt', 'eq', 'lte', 'lt'];
const units = ['', '%', '‰', '次', '个', '人', '户', '元', '万元', '亿元', '米', '厘米', '公里', '平方米', '亩', '人次', '元/人', 'km', 'm2'];

/** Values as forms write them: any sign, up to a few decimals, trailing zeros kept. */
const value = fc
  .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 4 }))
  .map(([units, scale]) => Decimal.of(units, scale));

const quantitativeTarget = fc.record({
  operator: fc.constantFrom(...operators),
  value,
  unit: fc.constantFrom(...units),
});

describe('format and parse', () => {
  it('round-trip quantitative targets', () => {
    fc.assert(
      fc.property(quantitativeTarget, ({ operator, value, unit }) => {
        const original: Target = { kind: 'quantitative', operator, quantity: { value, unit }, text: '' };
        const text = formatTarget(original);
        const parsed = parseTarget(text);
        if (!parsed.ok) throw parsed.error;
        expect(parsed.value).toEqual({ ...original, text });
        expect(formatTarget(parsed.value)).toBe(text);
      }),
    );
  });

  it('round-trip quantitative actuals, with and without an operator', () => {
    fc.assert(
      fc.property(quantitativeTarget, fc.boolean(), ({ operator, value, unit }, written) => {
        const original: Actual = written
          ? { kind: 'quantitative', quantity: { value, unit }, writtenAsTarget: operator, text: '' }
          : { kind: 'quantitative', quantity: { value, unit }, text: '' };
        const text = formatActual(original);
        const parsed = parseActual(text);
        if (!parsed.ok) throw parsed.error;
        expect(parsed.value).toEqual({ ...original, text });
      }),
    );
  });

  it('round-trip dates, month ends and qualitative targets', () => {
    const date = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(date, fc.boolean(), (instant, monthEnd) => {
        const year = instant.getUTCFullYear();
        const month = instant.getUTCMonth() + 1;
        const day = monthEnd ? new Date(Date.UTC(year, month, 0)).getUTCDate() : instant.getUTCDate();
        const original: Target = { kind: 'date', operator: 'lte', date: { year, month, day }, monthEnd, text: '' };
        const text = formatTarget(original);
        const parsed = parseTarget(text);
        if (!parsed.ok) throw parsed.error;
        expect(parsed.value).toEqual({ ...original, text });
      }),
    );
    const expectations = ['improve', 'improveSignificantly', 'achieve', 'maintain', 'reduce', 'good'] as const;
    for (const expectation of expectations) {
      const original: Target = { kind: 'qualitative', expectation, text: '' };
      const text = formatTarget(original);
      expect(parseTarget(text)).toEqual({ ok: true, value: { ...original, text } });
    }
  });
});
