import type { ScoringSettings } from '../frameworks/framework.js';
import type { Indicator } from '../indicators/indicator.js';
import type { Decimal } from '../money/decimal.js';
import { formatPercent } from '../money/rounding.js';
import { formatChineseDate } from '../time/plain-date.js';
import { deviationOf, type DateDeviation, type QuantitativeDeviation } from './deviation.js';

/** Why an indicator needs a 偏差原因分析及改进措施. */
export type ReasonRequirementCode =
  /** rules.md: a reason is required whenever score < weight. */
  | 'scoreBelowWeight'
  /** rules.md “Over-achievement”: B ÷ A at or above the overshoot threshold must be explained. */
  | 'overshoot'
  /** A ≤ / < cap (a cost) was exceeded. */
  | 'capExceeded'
  /** A deadline, the date form of a ≤ cap, was missed. */
  | 'deadlineMissed';

export interface ReasonRequirement {
  readonly code: ReasonRequirementCode;
  /** Chinese, e.g. `实际完成值 60.32万元 超过指标值上限 20万元`. */
  readonly message: string;
}

export interface MissingReason {
  readonly indicator: Indicator;
  readonly requirements: readonly ReasonRequirement[];
  /** Chinese, naming the indicator and every reason it needs an explanation. */
  readonly message: string;
}

/**
 * Every reason this indicator needs a deviation reason, in a fixed order; empty when it needs none.
 * `score` is the indicator's score (computed or claimed, the caller's choice); undefined skips the
 * score test.
 */
export function reasonRequirements(
  indicator: Indicator,
  score: Decimal | undefined,
  settings: Pick<ScoringSettings, 'overshootThreshold'>,
): readonly ReasonRequirement[] {
  // Most indicators need no reason: they share one empty list instead of allocating their own.
  const belowWeight = score !== undefined && score.lt(indicator.weight) ? scoreBelowWeight(score, indicator.weight) : undefined;
  const deviating = deviationRequirement(indicator, settings.overshootThreshold);
  if (belowWeight === undefined) return deviating === undefined ? NONE : [deviating];
  return deviating === undefined ? [belowWeight] : [belowWeight, deviating];
}

const NONE: readonly ReasonRequirement[] = Object.freeze([]);

/** What the actual's deviation from its target requires, if anything. */
function deviationRequirement(indicator: Indicator, overshootThreshold: Decimal): ReasonRequirement | undefined {
  const { target, actual } = indicator;
  // Only measured results can deviate; qualitative and incomplete indicators are judged by score alone.
  if (!target || !actual || target.kind === 'qualitative') return undefined;
  const deviation = deviationOf(target, actual);
  if (deviation.kind === 'quantitative') return quantityRequirement(deviation, overshootThreshold);
  if (deviation.kind === 'date' && !deviation.meetsTarget) return deadlineMissed(deviation);
  return undefined;
}

/** Whether 偏差原因分析及改进措施 holds anything but whitespace. */
export function hasDeviationReason(indicator: Indicator): boolean {
  return (indicator.deviationReason ?? '').trim() !== '';
}

/**
 * The indicators that need a deviation reason and give none. `scores` maps indicator ids to their
 * scores; an indicator without one is judged on its target and actual only.
 */
export function missingReasons(
  indicators: readonly Indicator[],
  scores: ReadonlyMap<string, Decimal>,
  settings: Pick<ScoringSettings, 'overshootThreshold'>,
): MissingReason[] {
  const missing: MissingReason[] = [];
  for (const indicator of indicators) {
    if (hasDeviationReason(indicator)) continue;
    const requirements = reasonRequirements(indicator, scores.get(indicator.id), settings);
    if (requirements.length === 0) continue;
    missing.push({
      indicator,
      requirements,
      message: `“${indicator.name}”未填写偏差原因分析及改进措施：${requirements.map((r) => r.message).join('；')}`,
    });
  }
  return missing;
}

function quantityRequirement(deviation: QuantitativeDeviation, overshootThreshold: Decimal): ReasonRequirement | undefined {
  if (deviation.operator === 'lte' || deviation.operator === 'lt') return deviation.meetsTarget ? undefined : capExceeded(deviation);
  // B ÷ A is only an overshoot against a positive target: with A ≤ 0 there is no share to speak of.
  // For A > 0, B ÷ A ≥ threshold ⇔ B ≥ threshold × A: compared without building the quotient.
  if (!deviation.target.gt(0) || deviation.actual.lt(deviation.target.times(overshootThreshold))) return undefined;
  return overshoot(deviation, overshootThreshold);
}

// One function per requirement, so that the message closures cost nothing to indicators that need no reason.

function scoreBelowWeight(score: Decimal, weight: Decimal): ReasonRequirement {
  return requirement('scoreBelowWeight', () => `得分 ${score.normalize()} 低于分值 ${weight.normalize()}`);
}

function deadlineMissed(deviation: DateDeviation): ReasonRequirement {
  return requirement('deadlineMissed', () => `实际完成日期 ${formatChineseDate(deviation.actual)} 晚于计划完成日期 ${formatChineseDate(deviation.target)} ${deviation.daysLate} 天`);
}

function capExceeded(deviation: QuantitativeDeviation): ReasonRequirement {
  return requirement('capExceeded', () => {
    const { actual, target } = quantityTexts(deviation);
    return deviation.direction === 'onTarget' ? `${actual} 未低于指标值上限 ${target}` : `${actual} 超过指标值上限 ${target}`;
  });
}

function overshoot(deviation: QuantitativeDeviation, threshold: Decimal): ReasonRequirement {
  return requirement('overshoot', () => {
    const { actual, target } = quantityTexts(deviation);
    const share = deviation.actual.dividedBy(deviation.target);
    return `${actual} 为指标值 ${target} 的 ${formatPercent(share)}，达到超额阈值 ${formatPercent(threshold.dividedBy(1))}，须说明目标是否偏低`;
  });
}

/** The texts of a quantitative deviation, for messages. */
function quantityTexts(deviation: QuantitativeDeviation): { actual: string; target: string } {
  return { actual: `实际完成值 ${deviation.actual.normalize()}${deviation.unit}`, target: `${deviation.target.normalize()}${deviation.unit}` };
}

/** A requirement whose Chinese message is built when read: audits test every indicator, few need one. */
function requirement(code: ReasonRequirementCode, describe: () => string): ReasonRequirement {
  return new LazyRequirement(code, describe);
}

class LazyRequirement implements ReasonRequirement {
  constructor(
    readonly code: ReasonRequirementCode,
    private readonly describe: () => string,
  ) {}

  get message(): string {
    return this.describe();
  }
}
