import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.js';
import type { AlertColour } from './execution-alert.js';
import {
  COMPLETION_LIKELIHOOD_LABELS,
  DEVIATION_CAUSE_CATEGORY_LABELS,
  indicatorProgressAlert,
  type IndicatorProgressInput,
} from './indicator-progress-alert.js';

const atMonth = (month: number) => Decimal.of(BigInt(month)).dividedBy(12);
const higher = (current: string, month = 9): IndicatorProgressInput => ({
  operator: 'gte',
  target: Decimal.from('100'),
  current: Decimal.from(current),
  timeProgress: atMonth(month),
  unit: '次',
});

describe('indicatorProgressAlert, a rate (unit %)', () => {
  const rate = (current: string, month = 9): IndicatorProgressInput => ({
    operator: 'gte',
    target: Decimal.from('95'),
    current: Decimal.from(current),
    timeProgress: atMonth(month),
    unit: '%',
  });

  it('is judged against the target itself, not the target × 序时进度 (86% of a ≥95% rate in September is on track, not far ahead)', () => {
    const alert = indicatorProgressAlert(rate('86'));
    expect(alert.colour).toBe('green');
    expect(alert.expected?.compare(Decimal.from('95'))).toBe(0);
    expect(alert.cause).toBe('当前 86% 达到目标 95%（比率不按序时进度折算）的 80%');
  });

  it('is never blue, however far above its target and however early in the year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 12 }), (current, month) => {
        expect(indicatorProgressAlert(rate(String(current), month)).colour).not.toBe('blue');
      }),
    );
  });

  it('is amber and red below 80% and 60% of its target', () => {
    expect(indicatorProgressAlert(rate('75')).colour).toBe('amber');
    expect(indicatorProgressAlert(rate('50')).colour).toBe('red');
    expect(indicatorProgressAlert(rate('50')).cause).toBe('当前 50% 低于目标 95%（比率不按序时进度折算）的 60%');
  });
});

describe('indicatorProgressAlert, higher-is-better', () => {
  it('is red below 60% of A × m ÷ 12', () => {
    const alert = indicatorProgressAlert(higher('30'));
    expect(alert.colour).toBe('red');
    expect(alert.direction).toBe('higherIsBetter');
    expect(alert.expected?.compare(Decimal.from('75'))).toBe(0);
    expect(alert.v?.toPercent()).toBe('40.00%');
    expect(alert.cause).toBe('当前完成 30次 低于按序时进度应完成 75次（目标 100次 × 序时进度 75.00%）的 60%');
  });

  it('is amber from 60% to 80%, green from 80% to 120%, blue from 120%', () => {
    expect(indicatorProgressAlert(higher('45')).colour).toBe('amber');
    expect(indicatorProgressAlert(higher('59.99')).colour).toBe('amber');
    expect(indicatorProgressAlert(higher('60')).colour).toBe('green');
    expect(indicatorProgressAlert(higher('89.99')).colour).toBe('green');
    const blue = indicatorProgressAlert(higher('90'));
    expect(blue.colour).toBe('blue');
    expect(blue.cause).toBe('当前完成 90次 达到按序时进度应完成 75次（目标 100次 × 序时进度 75.00%）的 120%，超前较多，请核实目标是否偏低');
  });

  it('shows a fractional expectation rounded, and keeps v exact', () => {
    const alert = indicatorProgressAlert({ ...higher('1'), target: Decimal.from('2'), timeProgress: atMonth(5) });
    expect(alert.cause).toBe('当前完成 1次 达到按序时进度应完成 0.83次（目标 2次 × 序时进度 41.67%）的 120%，超前较多，请核实目标是否偏低');
    expect(alert.v?.compare(Decimal.from('1.2'))).toBe(0);
    expect(alert.colour).toBe('blue');
  });

  it('watches = targets as higher-is-better', () => {
    expect(indicatorProgressAlert({ ...higher('30'), operator: 'eq' }).colour).toBe('red');
    expect(indicatorProgressAlert({ ...higher('30'), operator: 'gt' }).direction).toBe('higherIsBetter');
  });

  it('is green with no v while nothing is expected yet', () => {
    const alert = indicatorProgressAlert(higher('0', 0));
    expect(alert.colour).toBe('green');
    expect(alert.v).toBeUndefined();
    expect(alert.cause).toBe('按序时进度尚无应完成量（目标 100次 × 序时进度 0.00%），当前完成 0次');
  });

  it('applies configured thresholds and rejects disordered ones', () => {
    const thresholds = { redBelow: Decimal.from('0.5'), greenFrom: Decimal.from('0.7'), blueFrom: Decimal.from('1.5') };
    expect(indicatorProgressAlert(higher('45'), thresholds).colour).toBe('amber');
    expect(indicatorProgressAlert(higher('100'), thresholds).colour).toBe('green');
    expect(() =>
      indicatorProgressAlert(higher('45'), { ...thresholds, blueFrom: Decimal.from('0.6') }),
    ).toThrow(RangeError);
  });
});

describe('indicatorProgressAlert, lower-is-better', () => {
  const cap = (current: string, operator: 'lte' | 'lt' = 'lte'): IndicatorProgressInput => ({
    operator,
    target: Decimal.from('20'),
    current: Decimal.from(current),
    timeProgress: atMonth(3),
    unit: '万元',
  });

  it('is red above the cap, however early in the year', () => {
    const alert = indicatorProgressAlert(cap('60.32'));
    expect(alert.colour).toBe('red');
    expect(alert.direction).toBe('lowerIsBetter');
    expect(alert.v?.toPercent()).toBe('301.60%');
    expect(alert.cause).toBe('当前值 60.32万元 超过目标上限 20万元');
  });

  it('is green at or below a ≤ cap', () => {
    const alert = indicatorProgressAlert(cap('20'));
    expect(alert.colour).toBe('green');
    expect(alert.cause).toBe('当前值 20万元 未超过目标上限 20万元');
  });

  it('is red when a strict < cap is reached', () => {
    const alert = indicatorProgressAlert(cap('20', 'lt'));
    expect(alert.colour).toBe('red');
    expect(alert.cause).toBe('当前值 20万元 已达到目标上限 20万元（目标须低于上限）');
    expect(indicatorProgressAlert(cap('19.99', 'lt')).colour).toBe('green');
  });

  it('has no v for a zero cap', () => {
    const alert = indicatorProgressAlert({ ...cap('1'), target: Decimal.ZERO });
    expect(alert.colour).toBe('red');
    expect(alert.v).toBeUndefined();
  });
});

describe('monitoring form labels', () => {
  it('names the likelihoods and cause categories as the form does', () => {
    expect(Object.values(COMPLETION_LIKELIHOOD_LABELS)).toEqual(['确定能', '有可能', '完全不可能']);
    expect(Object.values(DEVIATION_CAUSE_CATEGORY_LABELS)).toEqual(['经费保障', '制度保障', '人员保障', '硬件保障', '其他']);
  });
});

const severity: Record<AlertColour, number> = { red: 0, amber: 1, green: 2, blue: 3 };

describe('indicatorProgressAlert properties', () => {
  it('moves red → amber → green → blue, never back, as the current value rises', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 1_000_000n }),
        fc.bigInt({ min: 0n, max: 1_000_000n }),
        fc.bigInt({ min: 1n, max: 100_000n }),
        fc.integer({ min: 1, max: 12 }),
        (a, b, target, month) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const at = (current: bigint) =>
            indicatorProgressAlert({ operator: 'gte', target: Decimal.of(target), current: Decimal.of(current, 2), timeProgress: atMonth(month) });
          return severity[at(low).colour] <= severity[at(high).colour];
        },
      ),
    );
  });

  it('turns a cap from green to red once, never back, as the current value rises', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 100_000n }), fc.bigInt({ min: 0n, max: 100_000n }), fc.bigInt({ min: 0n, max: 1_000n }), (a, b, target) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const at = (current: bigint) =>
          indicatorProgressAlert({ operator: 'lte', target: Decimal.of(target), current: Decimal.of(current, 2), timeProgress: atMonth(6) }).colour;
        return !(at(low) === 'red' && at(high) === 'green');
      }),
    );
  });
});
