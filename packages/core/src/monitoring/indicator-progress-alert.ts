import { Decimal, Ratio } from '../money/decimal.js';
import { formatPercent } from '../money/rounding.js';
import type { TargetOperator } from '../targets/target.js';
import type { AlertColour } from './execution-alert.js';
import { thresholdPercent } from './threshold-percent.js';

/** 完成目标可能性 reported with each monitored indicator (财预〔2019〕136号 监控表). */
export type CompletionLikelihood = 'certain' | 'possible' | 'impossible';

export const COMPLETION_LIKELIHOOD_LABELS: Readonly<Record<CompletionLikelihood, string>> = {
  certain: '确定能',
  possible: '有可能',
  impossible: '完全不可能',
};

/** 偏差原因 category of the monitoring form (财预〔2019〕136号 监控表). */
export type DeviationCauseCategory = 'funding' | 'institutional' | 'staffing' | 'hardware' | 'other';

export const DEVIATION_CAUSE_CATEGORY_LABELS: Readonly<Record<DeviationCauseCategory, string>> = {
  funding: '经费保障',
  institutional: '制度保障',
  staffing: '人员保障',
  hardware: '硬件保障',
  other: '其他',
};

/**
 * Where the colours of a higher-is-better indicator change, as fractions of what time progress
 * expects: v < redBelow red, < greenFrom amber, < blueFrom green, otherwise blue.
 */
export interface IndicatorProgressThresholds {
  readonly redBelow: Decimal;
  readonly greenFrom: Decimal;
  readonly blueFrom: Decimal;
}

/** rules.md “In-year monitoring”: < 60% red, 60–80% amber, 80–120% green, ≥ 120% blue. */
export const DEFAULT_INDICATOR_PROGRESS_THRESHOLDS: IndicatorProgressThresholds = {
  redBelow: Decimal.from('0.6'),
  greenFrom: Decimal.from('0.8'),
  blueFrom: Decimal.from('1.2'),
};

export interface IndicatorProgressInput {
  /** The target's operator; `=` is watched as higher-is-better, like it is scored (财预〔2020〕10号). */
  readonly operator: TargetOperator;
  /** A: the annual target value. */
  readonly target: Decimal;
  /** What has been reached so far, in the target's unit. */
  readonly current: Decimal;
  /** 序时进度 at the monitoring date (m ÷ 12 at the end of month m). */
  readonly timeProgress: Ratio;
  /** For messages only: `次`, `万元`. */
  readonly unit?: string;
}

export interface IndicatorProgressAlert {
  readonly colour: AlertColour;
  readonly direction: 'higherIsBetter' | 'lowerIsBetter';
  /**
   * Higher-is-better: current ÷ (A × 序时进度). Lower-is-better: current ÷ A, the share of the cap
   * used. Undefined when its divisor is zero.
   */
  readonly v?: Ratio;
  /** Higher-is-better only: A × 序时进度, what should have been reached by now (A itself for a rate). */
  readonly expected?: Ratio;
  /** Chinese, e.g. `当前完成 30次 低于按序时进度应完成 75次（目标 100次 × 序时进度 75.00%）的 60%`. */
  readonly cause: string;
}

/** Units of a rate (达标率, 满意度, 及时率): a level measured at a time, not an amount accumulated. */
const RATE_UNITS: ReadonlySet<string> = new Set(['%', '％', '‰']);

/**
 * Judges one indicator's progress against the time elapsed. A cap (≤, <) is not prorated: a cost
 * has no “expected by now”, only a limit that must not be crossed, so it is red once above it
 * (for `<`, once it reaches it) and green otherwise.
 *
 * Nor is a rate: a 合格率 ≥95% owes 95% in September too, not 95% × 序时进度 = 71.25%. Prorated,
 * every 86% quality rate in September read as far ahead of plan (blue), which flagged every
 * project of a year. A rate is judged against its target itself and is never blue: at or above
 * its target it is simply on track.
 */
export function indicatorProgressAlert(
  input: IndicatorProgressInput,
  thresholds: IndicatorProgressThresholds = DEFAULT_INDICATOR_PROGRESS_THRESHOLDS,
): IndicatorProgressAlert {
  assertThresholds(thresholds);
  if (input.operator === 'lte' || input.operator === 'lt') return capAlert(input);
  return RATE_UNITS.has(input.unit ?? '') ? rateAlert(input, thresholds) : progressAlert(input, thresholds);
}

function rateAlert(input: IndicatorProgressInput, thresholds: IndicatorProgressThresholds): IndicatorProgressAlert {
  const unit = input.unit ?? '';
  const current = `当前 ${input.current.normalize()}${unit}`;
  const target = `目标 ${input.target.normalize()}${unit}（比率不按序时进度折算）`;
  if (input.target.isZero()) return { colour: 'green', direction: 'higherIsBetter', cause: `${current}，${target}` };
  const v = Ratio.fromDecimal(input.current).dividedBy(Ratio.fromDecimal(input.target));
  const colour = v.compare(thresholds.redBelow) < 0 ? 'red' : v.compare(thresholds.greenFrom) < 0 ? 'amber' : 'green';
  const cause =
    colour === 'green'
      ? `${current} 达到${target}的 ${thresholdPercent(thresholds.greenFrom)}`
      : `${current} 低于${target}的 ${thresholdPercent(colour === 'red' ? thresholds.redBelow : thresholds.greenFrom)}`;
  return { colour, direction: 'higherIsBetter', v, expected: Ratio.fromDecimal(input.target), cause };
}

function progressAlert(input: IndicatorProgressInput, thresholds: IndicatorProgressThresholds): IndicatorProgressAlert {
  const unit = input.unit ?? '';
  const expected = input.timeProgress.times(input.target);
  const current = `当前完成 ${input.current.normalize()}${unit}`;
  const basis = `（目标 ${input.target.normalize()}${unit} × 序时进度 ${formatPercent(input.timeProgress)}）`;
  if (expected.isZero()) {
    return { colour: 'green', direction: 'higherIsBetter', expected, cause: `按序时进度尚无应完成量${basis}，${current}` };
  }
  const v = Ratio.fromDecimal(input.current).dividedBy(expected);
  const owed = `按序时进度应完成 ${expected.round(2).normalize()}${unit}${basis}`;
  if (v.compare(thresholds.redBelow) < 0) {
    return { colour: 'red', direction: 'higherIsBetter', v, expected, cause: `${current} 低于${owed}的 ${thresholdPercent(thresholds.redBelow)}` };
  }
  if (v.compare(thresholds.greenFrom) < 0) {
    return { colour: 'amber', direction: 'higherIsBetter', v, expected, cause: `${current} 低于${owed}的 ${thresholdPercent(thresholds.greenFrom)}` };
  }
  if (v.compare(thresholds.blueFrom) < 0) {
    return { colour: 'green', direction: 'higherIsBetter', v, expected, cause: `${current} 达到${owed}的 ${thresholdPercent(thresholds.greenFrom)}` };
  }
  return {
    colour: 'blue',
    direction: 'higherIsBetter',
    v,
    expected,
    cause: `${current} 达到${owed}的 ${thresholdPercent(thresholds.blueFrom)}，超前较多，请核实目标是否偏低`,
  };
}

function capAlert(input: IndicatorProgressInput): IndicatorProgressAlert {
  const unit = input.unit ?? '';
  const current = `当前值 ${input.current.normalize()}${unit}`;
  const cap = `目标上限 ${input.target.normalize()}${unit}`;
  const v = input.target.isZero() ? undefined : input.current.dividedBy(input.target);
  const crossed = input.operator === 'lt' ? input.current.gte(input.target) : input.current.gt(input.target);
  const colour = crossed ? 'red' : 'green';
  const cause = crossed
    ? input.operator === 'lt' && input.current.eq(input.target)
      ? `${current} 已达到${cap}（目标须低于上限）`
      : `${current} 超过${cap}`
    : `${current} 未超过${cap}`;
  return { colour, direction: 'lowerIsBetter', ...(v === undefined ? {} : { v }), cause };
}

function assertThresholds({ redBelow, greenFrom, blueFrom }: IndicatorProgressThresholds): void {
  if (redBelow.isNegative() || greenFrom.lt(redBelow) || blueFrom.lt(greenFrom)) {
    throw new RangeError(
      `indicator progress thresholds must satisfy 0 ≤ redBelow ≤ greenFrom ≤ blueFrom, got ${redBelow}, ${greenFrom}, ${blueFrom}`,
    );
  }
}
