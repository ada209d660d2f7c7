import { Decimal, type Ratio } from '../money/decimal.js';
import { formatPercent } from '../money/rounding.js';
import { thresholdPercent } from './threshold-percent.js';

/**
 * 预警 colours of 绩效运行监控 (财预〔2019〕136号 “双监控”). Red / amber / green rate money and
 * progress that lag; blue marks an indicator running far ahead of plan (was its target too low?).
 */
export type AlertColour = 'red' | 'amber' | 'green' | 'blue';

/**
 * Where the colours change, as fractions of 序时进度: v < redBelow → red, v < greenFrom → amber,
 * otherwise green. Provinces set their own; these are configuration, not code.
 */
export interface ExecutionAlertThresholds {
  readonly redBelow: Decimal;
  readonly greenFrom: Decimal;
}

/** rules.md “In-year monitoring”: v < 60% red, 60–80% amber, ≥ 80% green. */
export const DEFAULT_EXECUTION_ALERT_THRESHOLDS: ExecutionAlertThresholds = {
  redBelow: Decimal.from('0.6'),
  greenFrom: Decimal.from('0.8'),
};

export interface ExecutionAlert {
  readonly colour: Exclude<AlertColour, 'blue'>;
  /** v = 执行率 ÷ 序时进度; undefined when no time has elapsed yet (序时进度 0). */
  readonly v?: Ratio;
  readonly executionRate: Ratio;
  readonly timeProgress: Ratio;
  /** Chinese, e.g. `预算执行率 40.00% 低于序时进度 75.00% 的 60%`. */
  readonly cause: string;
}

/**
 * Judges 预算执行率 against 序时进度. Spending ahead of time is never an execution alert: the
 * method asks whether money lags, so everything at or above `greenFrom` is green.
 */
export function executionAlert(
  executionRate: Ratio,
  timeProgress: Ratio,
  thresholds: ExecutionAlertThresholds = DEFAULT_EXECUTION_ALERT_THRESHOLDS,
): ExecutionAlert {
  assertThresholds(thresholds);
  const rate = `预算执行率 ${formatPercent(executionRate)}`;
  const progress = `序时进度 ${formatPercent(timeProgress)}`;
  if (timeProgress.isZero()) {
    return { colour: 'green', executionRate, timeProgress, cause: `${progress}，尚无执行进度要求（${rate}）` };
  }
  const v = executionRate.dividedBy(timeProgress);
  const colour = v.compare(thresholds.redBelow) < 0 ? 'red' : v.compare(thresholds.greenFrom) < 0 ? 'amber' : 'green';
  const cause =
    colour === 'red'
      ? `${rate} 低于${progress} 的 ${thresholdPercent(thresholds.redBelow)}`
      : colour === 'amber'
        ? `${rate} 低于${progress} 的 ${thresholdPercent(thresholds.greenFrom)}`
        : `${rate} 达到${progress} 的 ${thresholdPercent(thresholds.greenFrom)}`;
  return { colour, v, executionRate, timeProgress, cause };
}

function assertThresholds({ redBelow, greenFrom }: ExecutionAlertThresholds): void {
  if (redBelow.isNegative() || greenFrom.lt(redBelow)) {
    throw new RangeError(`execution alert thresholds must satisfy 0 ≤ redBelow ≤ greenFrom, got ${redBelow} and ${greenFrom}`);
  }
}
