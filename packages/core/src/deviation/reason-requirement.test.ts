import { describe, expect, it } from 'vitest';
import type { Indicator } from '../indicators/indicator.js';
import { Decimal } from '../money/decimal.js';
import type { Actual, Target, TargetOperator } from '../targets/target.js';
import { hasDeviationReason, missingReasons, reasonRequirements, type ReasonRequirement } from './reason-requirement.js';

const settings = { overshootThreshold: Decimal.from('1.3') };
const quantity = (operator: TargetOperator, value: string, unit: string): Target => ({
  kind: 'quantitative',
  operator,
  quantity: { value: Decimal.from(value), unit },
  text: `${operator}${value}${unit}`,
});
const measured = (value: string, unit: string): Actual => ({ kind: 'quantitative', quantity: { value: Decimal.from(value), unit }, text: `${value}${unit}` });
const indicator = (id: string, parts: Partial<Indicator>): Indicator => ({
  id,
  level1: 'output',
  level2: 'quantity',
  name: id,
  weight: Decimal.from(5),
  evidence: [],
  readProblems: [],
  ...parts,
});
const codes = (list: readonly { code: string }[]) => list.map((r) => r.code);

describe('reasonRequirements', () => {
  it('requires a reason whenever the score is below the weight', () => {
    const shortfall = indicator('培训次数', { target: quantity('gte', '4', '次'), actual: measured('3', '次') });
    expect(plain(reasonRequirements(shortfall, Decimal.from('3.75'), settings))).toEqual([
      { code: 'scoreBelowWeight', message: '得分 3.75 低于分值 5' },
    ]);
    expect(plain(reasonRequirements(shortfall, Decimal.from('5'), settings))).toEqual([]);
    expect(plain(reasonRequirements(shortfall, undefined, settings))).toEqual([]);
  });

  it('requires a reason for an overshoot at or above the threshold', () => {
    const atThreshold = indicator('宣传次数', { target: quantity('gte', '10', '次'), actual: measured('13', '次') });
    expect(plain(reasonRequirements(atThreshold, Decimal.from(5), settings))).toEqual([
      { code: 'overshoot', message: '实际完成值 13次 为指标值 10次 的 130.00%，达到超额阈值 130.00%，须说明目标是否偏低' },
    ]);
    const below = indicator('宣传次数', { target: quantity('gte', '10', '次'), actual: measured('12.99', '次') });
    expect(plain(reasonRequirements(below, Decimal.from(5), settings))).toEqual([]);
    expect(codes(reasonRequirements(atThreshold, Decimal.from(5), { overshootThreshold: Decimal.from('1.5') }))).toEqual([]);
  });

  it('treats = targets as higher-is-better for overshoot, and skips a zero target', () => {
    const equals = indicator('设备数', { target: quantity('eq', '10', '个'), actual: measured('20', '个') });
    expect(codes(reasonRequirements(equals, Decimal.from(5), settings))).toEqual(['overshoot']);
    const zero = indicator('事故数', { target: quantity('gte', '0', '起'), actual: measured('5', '起') });
    expect(plain(reasonRequirements(zero, Decimal.from(5), settings))).toEqual([]);
  });

  it('requires a reason for an exceeded cap, together with the score shortfall (the sample’s 宣传费)', () => {
    const publicity = indicator('宣传费', { target: quantity('lte', '20', '万元'), actual: measured('603200', '元') });
    expect(plain(reasonRequirements(publicity, Decimal.ZERO, settings))).toEqual([
      { code: 'scoreBelowWeight', message: '得分 0 低于分值 5' },
      { code: 'capExceeded', message: '实际完成值 60.32万元 超过指标值上限 20万元' },
    ]);
  });

  it('treats reaching a strict < cap as exceeding it, and never calls a low cost an overshoot', () => {
    const strict = indicator('投诉数', { target: quantity('lt', '3', '起'), actual: measured('3', '起') });
    expect(plain(reasonRequirements(strict, undefined, settings))).toEqual([{ code: 'capExceeded', message: '实际完成值 3起 未低于指标值上限 3起' }]);
    const cheap = indicator('成本', { target: quantity('lte', '20', '万元'), actual: measured('1', '万元') });
    expect(plain(reasonRequirements(cheap, Decimal.from(5), settings))).toEqual([]);
  });

  it('requires a reason for a missed deadline', () => {
    const late = indicator('完成时间', {
      target: { kind: 'date', operator: 'lte', date: { year: 2022, month: 12, day: 20 }, monthEnd: false, text: '2022年12月20日' },
      actual: { kind: 'date', date: { year: 2023, month: 1, day: 5 }, text: '2023年1月5日' },
    });
    expect(plain(reasonRequirements(late, undefined, settings))).toEqual([
      { code: 'deadlineMissed', message: '实际完成日期 2023年1月5日 晚于计划完成日期 2022年12月20日 16 天' },
    ]);
  });

  it('asks nothing of qualitative or incomparable indicators beyond the score', () => {
    const qualitative = indicator('满意度', {
      target: { kind: 'qualitative', expectation: 'improve', text: '逐步提高' },
      actual: { kind: 'qualitative', expectation: 'achieve', text: '达成' },
    });
    expect(plain(reasonRequirements(qualitative, Decimal.from(5), settings))).toEqual([]);
    const mismatch = indicator('培训', { target: quantity('gte', '2', '次'), actual: measured('3', '个') });
    expect(plain(reasonRequirements(mismatch, Decimal.from(5), settings))).toEqual([]);
  });
});

describe('hasDeviationReason', () => {
  it('does not count a blank reason', () => {
    expect(hasDeviationReason(indicator('a', {}))).toBe(false);
    expect(hasDeviationReason(indicator('a', { deviationReason: '　\n\t ' /* full-width space included */ }))).toBe(false);
    expect(hasDeviationReason(indicator('a', { deviationReason: '宣传活动增加，超支部分已报批' }))).toBe(true);
  });
});

describe('missingReasons', () => {
  const publicity = indicator('宣传费', { target: quantity('lte', '20', '万元'), actual: measured('60.32', '万元') });
  const training = indicator('培训次数', { target: quantity('gte', '4', '次'), actual: measured('3', '次') });
  const met = indicator('巡查次数', { target: quantity('gte', '12', '次'), actual: measured('12', '次') });
  const explained = indicator('设备采购', {
    target: quantity('gte', '10', '台'),
    actual: measured('8', '台'),
    deviationReason: '两台设备延期到货',
  });
  const scores = new Map([
    ['宣传费', Decimal.from(5)],
    ['培训次数', Decimal.from('3.75')],
    ['巡查次数', Decimal.from(5)],
    ['设备采购', Decimal.from(4)],
  ]);

  it('lists the indicators that need a reason and give none, with every reason', () => {
    const missing = missingReasons([publicity, training, met, explained], scores, settings);
    expect(missing.map((m) => m.indicator.id)).toEqual(['宣传费', '培训次数']);
    expect(codes(missing[0]?.requirements ?? [])).toEqual(['capExceeded']);
    expect(missing[1]?.message).toBe('“培训次数”未填写偏差原因分析及改进措施：得分 3.75 低于分值 5');
  });

  it('judges indicators without a score on their numbers alone', () => {
    expect(missingReasons([publicity, training], new Map(), settings).map((m) => m.indicator.id)).toEqual(['宣传费']);
  });

  it('is empty when every deviation is explained', () => {
    expect(missingReasons([met, explained], scores, settings)).toEqual([]);
  });
});

/** Requirements as plain data (their messages are built when read). */
function plain(requirements: readonly ReasonRequirement[]): { code: string; message: string }[] {
  return requirements.map((r) => ({ code: r.code, message: r.message }));
}
