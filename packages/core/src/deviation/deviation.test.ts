import { describe, expect, it } from 'vitest';
import type { Indicator } from '../indicators/indicator.js';
import { Decimal } from '../money/decimal.js';
import type { Actual, Target, TargetOperator } from '../targets/target.js';
import { deviationOf, indicatorDeviation } from './deviation.js';

const SYMBOL: Record<TargetOperator, string> = { gte: '≥', gt: '>', eq: '=', lte: '≤', lt: '<' };
const target = (operator: TargetOperator, value: string, unit: string): Target => ({
  kind: 'quantitative',
  operator,
  quantity: { value: Decimal.from(value), unit },
  text: `${SYMBOL[operator]}${value}${unit}`,
});
const actual = (value: string, unit: string, writtenAsTarget?: TargetOperator): Actual => ({
  kind: 'quantitative',
  quantity: { value: Decimal.from(value), unit },
  ...(writtenAsTarget === undefined ? {} : { writtenAsTarget }),
  text: `${value}${unit}`,
});
const deadline = (year: number, month: number, day: number): Target => ({
  kind: 'date',
  operator: 'lte',
  date: { year, month, day },
  monthEnd: false,
  text: `${year}年${month}月${day}日`,
});
const doneOn = (year: number, month: number, day: number): Actual => ({ kind: 'date', date: { year, month, day }, text: `${year}年${month}月${day}日` });

describe('deviationOf, quantities', () => {
  it('gives deviation and exact deviation rate for a cap that was exceeded (the sample’s 宣传费)', () => {
    const result = deviationOf(target('lte', '20', '万元'), actual('60.32', '万元'));
    expect(result).toMatchObject({ kind: 'quantitative', unit: '万元', direction: 'over', meetsTarget: false, unitAssumed: false });
    if (result.kind !== 'quantitative') throw new Error(result.kind);
    expect(result.deviation.toString()).toBe('40.32');
    expect(result.deviationRate?.toPercent()).toBe('201.60%');
  });

  it('judges the bad direction by the operator', () => {
    const cases: [TargetOperator, string, string, boolean][] = [
      ['gte', '2', 'under', false],
      ['gte', '3', 'over', true],
      ['gt', '2.5', 'onTarget', false],
      ['eq', '3', 'over', true],
      ['lte', '2', 'under', true],
      ['lte', '2.5', 'onTarget', true],
      ['lt', '2.5', 'onTarget', false],
    ];
    for (const [operator, value, direction, meetsTarget] of cases) {
      const result = deviationOf(target(operator, '2.5', '次'), actual(value, '次'));
      expect(result, `${operator} ${value}`).toMatchObject({ kind: 'quantitative', direction, meetsTarget });
    }
  });

  it('gives a negative rate for a shortfall', () => {
    const result = deviationOf(target('gte', '98', '%'), actual('91.02', '%'));
    if (result.kind !== 'quantitative') throw new Error(result.kind);
    expect(result.deviation.toString()).toBe('-6.98');
    expect(result.deviationRate?.toPercent(4)).toBe('-7.1224%');
  });

  it('converts 元 to the target’s 万元 exactly', () => {
    const result = deviationOf(target('lte', '20', '万元'), actual('603200', '元'));
    if (result.kind !== 'quantitative') throw new Error(result.kind);
    expect(result.unit).toBe('万元');
    expect(result.actual.eq('60.32')).toBe(true);
    expect(result.deviation.eq('40.32')).toBe(true);
  });

  it('reads a missing unit as the other side’s and says so', () => {
    const result = deviationOf(target('gte', '2', '次'), actual('3', ''));
    expect(result).toMatchObject({ kind: 'quantitative', unit: '次', unitAssumed: true, meetsTarget: true });
    expect(deviationOf(target('gte', '2', ''), actual('3', '次'))).toMatchObject({ unit: '次', unitAssumed: true });
  });

  it('reports units it cannot reconcile', () => {
    expect(deviationOf(target('gte', '2', '次'), actual('3', '个'))).toEqual({
      kind: 'unitMismatch',
      targetUnit: '次',
      actualUnit: '个',
      message: '指标值“≥2次”的单位“次”与实际完成值“3个”的单位“个”不同，无法比较',
    });
  });

  it('has no rate against a zero target', () => {
    const result = deviationOf(target('lte', '0', '起'), actual('1', '起'));
    expect(result).toMatchObject({ kind: 'quantitative', direction: 'over', meetsTarget: false });
    expect(result.kind === 'quantitative' && result.deviationRate).toBeUndefined();
  });

  it('marks an actual written as a bound', () => {
    expect(deviationOf(target('gte', '200', '米'), actual('266', '米', 'gte'))).toMatchObject({ actualIsBound: true });
  });
});

describe('deviationOf, dates and qualitative targets', () => {
  it('counts days late', () => {
    expect(deviationOf(deadline(2022, 12, 20), doneOn(2023, 1, 5))).toMatchObject({
      kind: 'date',
      days: 16,
      daysLate: 16,
      daysEarly: 0,
      direction: 'late',
      meetsTarget: false,
    });
  });

  it('counts days early, and on time is met', () => {
    expect(deviationOf(deadline(2022, 12, 20), doneOn(2022, 11, 30))).toMatchObject({ days: -20, daysEarly: 20, daysLate: 0, direction: 'early', meetsTarget: true });
    expect(deviationOf(deadline(2022, 12, 20), doneOn(2022, 12, 20))).toMatchObject({ days: 0, direction: 'onTime', meetsTarget: true });
  });

  it('has none for a qualitative target', () => {
    const improve: Target = { kind: 'qualitative', expectation: 'improve', text: '逐步提高' };
    expect(deviationOf(improve, { kind: 'qualitative', expectation: 'achieve', text: '达成' })).toEqual({ kind: 'qualitative' });
  });

  it('refuses to compare different kinds', () => {
    expect(deviationOf(target('gte', '2', '次'), doneOn(2022, 5, 1))).toEqual({
      kind: 'notComparable',
      reason: 'kindMismatch',
      message: '指标值“≥2次”与实际完成值“2022年5月1日”类型不同，无法比较',
    });
    expect(deviationOf(deadline(2022, 12, 20), actual('1', '次'))).toMatchObject({ reason: 'kindMismatch' });
  });
});

describe('indicatorDeviation', () => {
  const indicator = (parts: Partial<Indicator>): Indicator => ({
    id: 'output.cost.publicity',
    level1: 'output',
    level2: 'cost',
    name: '宣传费',
    weight: Decimal.from(5),
    evidence: [],
    readProblems: [],
    ...parts,
  });

  it('says which half is missing', () => {
    expect(indicatorDeviation(indicator({}))).toEqual({ kind: 'notComparable', reason: 'missingTarget', message: '“宣传费”未填写指标值' });
    expect(indicatorDeviation(indicator({ target: target('lte', '20', '万元') }))).toEqual({
      kind: 'notComparable',
      reason: 'missingActual',
      message: '“宣传费”未填写实际完成值',
    });
  });

  it('computes the deviation when both are there', () => {
    expect(indicatorDeviation(indicator({ target: target('lte', '20', '万元'), actual: actual('60.32', '万元') }))).toMatchObject({
      kind: 'quantitative',
      meetsTarget: false,
    });
  });
});
