import { describe, expect, it } from 'vitest';
import { parseActual, parseTarget } from './parse-target.js';
import type { Actual, QualitativeExpectation, Target, TargetOperator } from './target.js';
import type { TargetParseErrorCode } from './target-parse-error.js';

/** A target as the table expects it: operator, value and unit in canonical text. */
function describeTarget(target: Target): string {
  switch (target.kind) {
    case 'quantitative':
      return `${target.operator} ${target.quantity.value.toString()} ${target.quantity.unit}${target.operatorImplied ? ' (implied)' : ''}`;
    case 'date': {
      const { year, month, day } = target.date;
      return `date ${year}-${month}-${day}${target.monthEnd ? ' monthEnd' : ''}`;
    }
    case 'qualitative':
      return `qualitative ${target.expectation}`;
  }
}

function describeActual(actual: Actual): string {
  switch (actual.kind) {
    case 'quantitative':
      return `${actual.quantity.value.toString()} ${actual.quantity.unit}${actual.writtenAsTarget ? ` written ${actual.writtenAsTarget}` : ''}`;
    case 'date':
      return `date ${actual.date.year}-${actual.date.month}-${actual.date.day}`;
    case 'qualitative':
      return `qualitative ${actual.expectation}`;
  }
}

const q = (operator: TargetOperator, value: string, unit: string): string => `${operator} ${value} ${unit}`;
const implied = (operator: TargetOperator, value: string, unit: string): string => `${q(operator, value, unit)} (implied)`;
const quality = (expectation: QualitativeExpectation): string => `qualitative ${expectation}`;

describe('parseTarget', () => {
  // [text, expected description]
  const table: ReadonlyArray<readonly [string, string]> = [
    // The sample report's goals section (section 二).
    ['≥2次', q('gte', '2', '次')],
    ['=10个', q('eq', '10', '个')],
    ['≤20万元', q('lte', '20', '万元')],
    ['≥90%', q('gte', '90', '%')],
    ['≧90%', q('gte', '90', '%')],
    ['≧90%；', q('gte', '90', '%')],
    ['2022年12月20日', 'date 2022-12-20'],
    ['逐步提高', quality('improve')],
    // The same report's scoring section writes the same targets without operators.
    ['10个', implied('gte', '10', '个')],
    ['2次', implied('gte', '2', '次')],
    ['90%', implied('gte', '90', '%')],
    ['100%', implied('gte', '100', '%')],
    ['0次', implied('eq', '0', '次')],
    ['0%', implied('eq', '0', '%')],
    // Full-width and ASCII spellings.
    ['≦20万元', q('lte', '20', '万元')],
    ['＝10个', q('eq', '10', '个')],
    ['＞5次', q('gt', '5', '次')],
    ['＜5次', q('lt', '5', '次')],
    ['>=90%', q('gte', '90', '%')],
    ['<=3万元', q('lte', '3', '万元')],
    ['＞＝90％', q('gte', '90', '%')],
    ['≥９０．５％', q('gte', '90.5', '%')],
    ['≮95%', q('gte', '95', '%')],
    ['≯3万元', q('lte', '3', '万元')],
    ['> 5 次', q('gt', '5', '次')],
    // Words.
    ['不低于95%', q('gte', '95', '%')],
    ['不少于3次', q('gte', '3', '次')],
    ['不超过3万元', q('lte', '3', '万元')],
    ['不高于5%', q('lte', '5', '%')],
    ['大于80%', q('gt', '80', '%')],
    ['小于2‰', q('lt', '2', '‰')],
    ['低于3%', q('lt', '3', '%')],
    ['至少2期', q('gte', '2', '期')],
    ['最多3天', q('lte', '3', '天')],
    ['大于等于90%', q('gte', '90', '%')],
    ['达到95%', q('gte', '95', '%')],
    ['最低90%', q('gte', '90', '%')],
    ['不足5%', q('lt', '5', '%')],
    ['控制在20万元以内', q('lte', '20', '万元')],
    ['95%以上', q('gte', '95', '%')],
    ['90%及以上', q('gte', '90', '%')],
    ['5%以下', q('lte', '5', '%')],
    ['3天内', q('lte', '3', '天')],
    ['不低于95%以上', q('gte', '95', '%')],
    ['超过90%以上', q('gt', '90', '%')],
    // Units.
    ['≥1亿元', q('gte', '1', '亿元')],
    ['≤500元', q('lte', '500', '元')],
    ['≥1000人', q('gte', '1000', '人')],
    ['≥1,000人', q('gte', '1000', '人')],
    ['≥50户', q('gte', '50', '户')],
    ['≥266米', q('gte', '266', '米')],
    ['≥50厘米', q('gte', '50', '厘米')],
    ['≥12.5公里', q('gte', '12.5', '公里')],
    ['≥3千米', q('gte', '3', '千米')],
    ['≥1200平方米', q('gte', '1200', '平方米')],
    ['≥1200㎡', q('gte', '1200', 'm2')],
    ['≥300亩', q('gte', '300', '亩')],
    ['=2所', q('eq', '2', '所')],
    ['≥5家', q('gte', '5', '家')],
    ['≥2篇', q('gte', '2', '篇')],
    ['≥4项', q('gte', '4', '项')],
    ['≤12月', q('lte', '12', '月')],
    ['≥1.5个百分点', q('gte', '1.5', '个百分点')],
    ['≥200人次', q('gte', '200', '人次')],
    ['≤50元/人', q('lte', '50', '元/人')],
    ['≥-5%', q('gte', '-5', '%')],
    ['≥5', q('gte', '5', '')],
    // Quotes and spaces around the value.
    ['  ≥2次  ', q('gte', '2', '次')],
    ['“≥2次”', q('gte', '2', '次')],
    ['"≥2次"', q('gte', '2', '次')],
    ['「≥2次」', q('gte', '2', '次')],
    ['\u3000“ ≥ 2 次 ”\u3000', q('gte', '2', '次')],
    // Dates.
    ['2022-12-20', 'date 2022-12-20'],
    ['2022.12.20', 'date 2022-12-20'],
    ['2022/12/20', 'date 2022-12-20'],
    ['２０２２年１２月２０日', 'date 2022-12-20'],
    ['2022年12月20日前完成', 'date 2022-12-20'],
    ['2024年2月29日', 'date 2024-2-29'],
    ['2022年12月底前', 'date 2022-12-31 monthEnd'],
    ['2022年6月', 'date 2022-6-30 monthEnd'],
    ['2022年', 'date 2022-12-31 monthEnd'],
    ['2022-06', 'date 2022-6-30 monthEnd'],
    ['截至2022年12月20日', 'date 2022-12-20'],
    // Qualitative.
    ['显著提升', quality('improveSignificantly')],
    ['明显提高', quality('improveSignificantly')],
    ['提升明显', quality('improveSignificantly')],
    ['有所提高', quality('improve')],
    ['持续提升', quality('improve')],
    ['达成', quality('achieve')],
    ['达到', quality('achieve')],
    ['达标', quality('achieve')],
    ['完成', quality('achieve')],
    ['是', quality('achieve')],
    ['按时完成', quality('achieve')],
    ['稳定', quality('maintain')],
    ['保持稳定', quality('maintain')],
    ['有所降低', quality('reduce')],
    ['逐步减少', quality('reduce')],
    ['良好', quality('good')],
    ['较好', quality('good')],
    ['“逐步提高”', quality('improve')],
  ];

  it.each(table)('reads %s', (text, expected) => {
    const result = parseTarget(text);
    if (!result.ok) throw result.error;
    expect(describeTarget(result.value)).toBe(expected);
    expect(result.value.text).toBe(text);
  });

  // Published 禁捕 table (时效指标 “12月底之前完成”) and the common variants.
  const needsYear: ReadonlyArray<readonly [string, string]> = [
    ['12月底之前完成', 'date 2020-12-31 monthEnd'],
    ['12月底前', 'date 2020-12-31 monthEnd'],
    ['6月末前完成', 'date 2020-6-30 monthEnd'],
    ['2月底前', 'date 2020-2-29 monthEnd'],
    ['年底前完成', 'date 2020-12-31 monthEnd'],
    ['年内完成', 'date 2020-12-31 monthEnd'],
    ['11月30日前', 'date 2020-11-30'],
    // The published 金寨 table's 时效指标: “9月前” against an actual “7月”.
    ['9月前', 'date 2020-9-30 monthEnd'],
    ['11月之前', 'date 2020-11-30 monthEnd'],
    ['7月', 'date 2020-7-31 monthEnd'],
  ];

  it.each(needsYear)('reads %s with the fiscal year', (text, expected) => {
    const result = parseTarget(text, { fiscalYear: 2020 });
    if (!result.ok) throw result.error;
    expect(describeTarget(result.value)).toBe(expected);
  });

  it.each(needsYear)('asks for the fiscal year to read %s', (text) => {
    const result = parseTarget(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalidDate');
    expect(result.error.message).toContain('fiscalYear');
  });

  it('reads an actual naming a month alone as that month of the fiscal year', () => {
    const result = parseActual('7月', { fiscalYear: 2023 });
    expect(result.ok && result.value.kind === 'date' ? result.value.date : undefined).toEqual({ year: 2023, month: 7, day: 31 });
    // With a sign it stays a number of months (“≤12月” in the table above).
  });

  it('rejects a fiscal year that is not a year', () => {
    const result = parseTarget('12月底前', { fiscalYear: 22 });
    expect(result.ok ? undefined : result.error.code).toBe('invalidDate');
  });

  it('reads a sum of money without an operator as a cap only in a 成本指标', () => {
    // The sample report's 成本指标 “20万元” is its “≤20万元”; the 零陵 table's 木材销售收入 “1100万元” is an amount to reach.
    const cost = parseTarget('20万元', { costIndicator: true });
    const income = parseTarget('1100万元');
    if (!cost.ok || !income.ok) throw new Error('unread');
    expect(describeTarget(cost.value)).toBe(implied('lte', '20', '万元'));
    expect(describeTarget(income.value)).toBe(implied('gte', '1100', '万元'));
  });

  it('reads what an amount is per when written before it (零陵: 成本指标 “每亩300”), a cap in a 成本指标', () => {
    const cost = parseTarget('每亩300', { costIndicator: true });
    const priced = parseTarget('每亩≤300元');
    if (!cost.ok || !priced.ok) throw new Error('unread');
    expect(describeTarget(cost.value)).toBe(implied('lte', '300', '/亩'));
    expect(describeTarget(priced.value)).toBe(q('lte', '300', '元/亩'));
    expect(parseTarget('每亩300元/人').ok).toBe(false);
  });

  it('takes the operator of a 指标性质 column when the text has none', () => {
    const result = parseTarget('10个', { implicitOperator: 'eq' });
    if (!result.ok) throw result.error;
    expect(describeTarget(result.value)).toBe(implied('eq', '10', '个'));
  });

  it('does not mark a written operator as implied', () => {
    const result = parseTarget('≥2次', { implicitOperator: 'lte' });
    if (!result.ok) throw result.error;
    expect(result.value).toEqual(expect.not.objectContaining({ operatorImplied: true }));
    expect(describeTarget(result.value)).toBe(q('gte', '2', '次'));
  });

  // [text, code, a piece of the message that names what was not understood]
  const garbage: ReadonlyArray<readonly [string, TargetParseErrorCode, string]> = [
    ['abc', 'unrecognised', '“abc”'],
    ['≥', 'unrecognised', '缺少数值'],
    ['≥次', 'unrecognised', '缺少数值'],
    ['不低于', 'unrecognised', '缺少数值'],
    ['2022年13月40日', 'invalidDate', '13月40日'],
    ['2022-02-30', 'invalidDate', '2月30日'],
    ['2023年2月29日', 'invalidDate', '2月29日'],
    ['2022年13月', 'invalidDate', '13月'],
    ['2022-13', 'invalidDate', '13月'],
    ['1.2.3次', 'invalidNumber', '“1.2.3”'],
    ['1,2,3个', 'invalidNumber', '“1,2,3”'],
    ['10.次', 'invalidNumber', '“10.”'],
    ['1 2次', 'unrecognised', '单位'],
    ['1e3次', 'unrecognised', '单位“e3次”'],
    ['≥90%以下', 'unrecognised', '矛盾'],
    ['=90%以上', 'unrecognised', '矛盾'],
    ['≥≥2次', 'unrecognised', '缺少数值'],
    ['三次', 'unrecognised', '“三次”'],
    ['效果很好吧', 'unrecognised', '“效果很好吧”'],
    ['', 'empty', '为空'],
    ['   ', 'empty', '为空'],
    ['“”', 'empty', '为空'],
    ['x'.repeat(10_000), 'tooLong', '过长'],
  ];

  it.each(garbage)('rejects %j', (text, code, messagePart) => {
    const result = parseTarget(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.input).toBe(text);
    expect(result.error.message).toContain(messagePart);
    expect(result.error.name).toBe('TargetParseError');
  });

  it('keeps a long input out of its message', () => {
    const result = parseTarget('≥'.repeat(10_000));
    expect(result.ok ? 0 : result.error.message.length).toBeLessThan(200);
  });
});

describe('parseActual', () => {
  const table: ReadonlyArray<readonly [string, string]> = [
    // The sample report's 实际完成值.
    ['3次', '3 次'],
    ['98%', '98 %'],
    ['60.32万元', '60.32 万元'],
    ['0万元', '0 万元'],
    ['2022年1月25日', 'date 2022-1-25'],
    ['逐步提高', quality('improve')],
    ['100%', '100 %'],
    // The published 中江县 table writes actuals like targets.
    ['≥266米', '266 米 written gte'],
    ['≥50厘米', '50 厘米 written gte'],
    ['≧95%', '95 % written gte'],
    ['98%以上', '98 % written gte'],
    ['显著提升', quality('improveSignificantly')],
    ['已完成', quality('achieve')],
    ['“10个”', '10 个'],
  ];

  it.each(table)('reads %s', (text, expected) => {
    const result = parseActual(text);
    if (!result.ok) throw result.error;
    expect(describeActual(result.value)).toBe(expected);
    expect(result.value.text).toBe(text);
  });

  it('leaves writtenAsTarget unset for a plain measurement', () => {
    const result = parseActual('3次');
    if (!result.ok) throw result.error;
    expect(result.value.kind).toBe('quantitative');
    expect(result.value.kind === 'quantitative' && result.value.writtenAsTarget).toBeUndefined();
    expect(JSON.parse(JSON.stringify(result.value))).not.toHaveProperty('writtenAsTarget');
  });

  it('reads a month-end actual as the last day of the month', () => {
    const result = parseActual('12月底前完成', { fiscalYear: 2022 });
    if (!result.ok) throw result.error;
    expect(describeActual(result.value)).toBe('date 2022-12-31');
  });

  it.each(['abc', '≥', '≥次', '2022年13月40日', '1.2.3次', '', ' ', 'x'.repeat(10_000)])('rejects %j', (text) => {
    expect(parseActual(text).ok).toBe(false);
  });
});
