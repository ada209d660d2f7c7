import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, type Ratio } from '../money/decimal.js';
import { executionAlert, type AlertColour } from './execution-alert.js';

const rate = (percent: string): Ratio => Decimal.from(percent).dividedBy(Decimal.HUNDRED);
const threeQuarters = Decimal.from(9).dividedBy(12);

describe('executionAlert', () => {
  it('is red below 60% of time progress', () => {
    const alert = executionAlert(rate('40'), threeQuarters);
    expect(alert.colour).toBe('red');
    expect(alert.v?.toPercent()).toBe('53.33%');
    expect(alert.cause).toBe('预算执行率 40.00% 低于序时进度 75.00% 的 60%');
  });

  it('is amber from 60% (inclusive) to 80% of time progress', () => {
    const atEdge = executionAlert(rate('45'), threeQuarters);
    expect(atEdge.colour).toBe('amber');
    expect(atEdge.v?.compare(Decimal.from('0.6'))).toBe(0);
    expect(atEdge.cause).toBe('预算执行率 45.00% 低于序时进度 75.00% 的 80%');
    expect(executionAlert(rate('59.99'), threeQuarters).colour).toBe('amber');
  });

  it('is green from 80% of time progress, and when spending runs ahead of time', () => {
    const atEdge = executionAlert(rate('60'), threeQuarters);
    expect(atEdge.colour).toBe('green');
    expect(atEdge.cause).toBe('预算执行率 60.00% 达到序时进度 75.00% 的 80%');
    expect(executionAlert(rate('100'), threeQuarters).colour).toBe('green');
  });

  it('is green with no v while no time has elapsed', () => {
    const alert = executionAlert(rate('0'), Decimal.ZERO.dividedBy(12));
    expect(alert.colour).toBe('green');
    expect(alert.v).toBeUndefined();
    expect(alert.cause).toBe('序时进度 0.00%，尚无执行进度要求（预算执行率 0.00%）');
  });

  it('applies a province’s own thresholds', () => {
    const thresholds = { redBelow: Decimal.from('0.5'), greenFrom: Decimal.from('0.9') };
    const alert = executionAlert(rate('40'), threeQuarters, thresholds);
    expect(alert.colour).toBe('amber');
    expect(alert.cause).toBe('预算执行率 40.00% 低于序时进度 75.00% 的 90%');
  });

  it('rejects thresholds out of order', () => {
    expect(() => executionAlert(rate('40'), threeQuarters, { redBelow: Decimal.from('0.8'), greenFrom: Decimal.from('0.6') })).toThrow(
      RangeError,
    );
  });
});

const severity: Record<AlertColour, number> = { red: 0, amber: 1, green: 2, blue: 3 };

describe('executionAlert properties', () => {
  it('never gets worse as execution rises against the same time progress', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 20_000n }),
        fc.bigInt({ min: 0n, max: 20_000n }),
        fc.integer({ min: 1, max: 12 }),
        (a, b, month) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const progress = Decimal.of(BigInt(month)).dividedBy(12);
          const lower = executionAlert(Decimal.of(low, 4).dividedBy(Decimal.ONE), progress);
          const higher = executionAlert(Decimal.of(high, 4).dividedBy(Decimal.ONE), progress);
          return severity[lower.colour] <= severity[higher.colour];
        },
      ),
    );
  });
});
