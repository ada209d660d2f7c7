import { Decimal } from '../../money/decimal.js';
import { formatScore } from '../../money/rounding.js';
import type { ScoringSettings } from '../../frameworks/framework.js';
import type { Indicator, QualitativeTier } from '../../indicators/indicator.js';
import type { ScoringRule } from '../scoring-rule.js';

export const TIER_LABELS: Readonly<Record<QualitativeTier, string>> = {
  achieved: '达成年度指标',
  partiallyAchieved: '部分达成年度指标并具有一定效果',
  notAchieved: '未达成年度指标且效果较差',
};

/** A tier's score range in points: [min, max], max exclusive except for the top tier. */
export interface TierRange {
  readonly min: Decimal;
  readonly max: Decimal;
  readonly maxInclusive: boolean;
}

export function tierRange(tier: QualitativeTier, weight: Decimal, settings: ScoringSettings): TierRange {
  const { achieved, partiallyAchieved } = settings.qualitativeTierEdges;
  switch (tier) {
    case 'achieved':
      return { min: pointsAt(weight, achieved), max: weight, maxInclusive: true };
    case 'partiallyAchieved':
      return { min: pointsAt(weight, partiallyAchieved), max: pointsAt(weight, achieved), maxInclusive: false };
    case 'notAchieved':
      return { min: Decimal.ZERO, max: pointsAt(weight, partiallyAchieved), maxInclusive: false };
  }
}

/** `percent`% of the weight in points, rounded to 2 decimals (a module function: this runs per indicator). */
function pointsAt(weight: Decimal, percent: Decimal): Decimal {
  return weight.times(percent).movePointLeft(2).round(2);
}

export function isInTier(score: Decimal, range: TierRange): boolean {
  return score.gte(range.min) && (range.maxInclusive ? score.lte(range.max) : score.lt(range.max));
}

export function formatTierRange(range: TierRange): string {
  return `[${formatScore(range.min)}, ${formatScore(range.max)}${range.maxInclusive ? ']' : ')'}`;
}

export interface EffectiveTier {
  readonly tier: QualitativeTier;
  /** Not chosen by the evaluator but read from an actual that repeats its target. */
  readonly inferred: boolean;
}

/**
 * The tier an indicator is in: as chosen by the evaluator, or “达成” when a qualitative actual
 * repeats its target's expectation (逐步提高 → 逐步提高), as reports write it.
 */
export function effectiveTier(indicator: Indicator): EffectiveTier | undefined {
  if (indicator.tier) return CHOSEN[indicator.tier];
  const { target, actual } = indicator;
  if (target?.kind === 'qualitative' && actual?.kind === 'qualitative' && target.expectation === actual.expectation) return INFERRED_ACHIEVED;
  return undefined;
}

// Shared answers: this runs for every qualitative indicator scored.
const CHOSEN: Readonly<Record<QualitativeTier, EffectiveTier>> = {
  achieved: { tier: 'achieved', inferred: false },
  partiallyAchieved: { tier: 'partiallyAchieved', inferred: false },
  notAchieved: { tier: 'notAchieved', inferred: false },
};
const INFERRED_ACHIEVED: EffectiveTier = { tier: 'achieved', inferred: true };

/**
 * 定性指标 (10号 annex, 评分标准): the evaluator picks a tier — 达成 [80%, 100%], 部分达成
 * [60%, 80%), 未达成 [0, 60%) of the weight (edges from the framework: some places use 80/50) —
 * and a score inside it. The rule checks that the score sits in its tier; the score itself is the
 * evaluator's judgement (`manualScore`, else the claimed score).
 */
export const qualitativeTiers: ScoringRule = {
  id: 'qualitativeTiers',
  label: '定性指标（分档评分）',
  basis: '财预〔2020〕10号 附件；定性指标按达成、部分达成、未达成三档在区间内评分',
  score(indicator, { settings }) {
    const found = effectiveTier(indicator);
    if (!found) return { ok: false, code: 'missingTier', reason: `“${indicator.name}”未选择定性档次（达成 / 部分达成 / 未达成）` };
    const score = indicator.manualScore ?? indicator.claimed?.score;
    if (score === undefined) return { ok: false, code: 'missingScore', reason: `“${indicator.name}”未给出档内得分` };
    const range = tierRange(found.tier, indicator.weight, settings);
    if (!isInTier(score, range)) {
      return { ok: false, code: 'notComputable', reason: `“${indicator.name}”得分 ${formatScore(score)} 不在${tierText(found)} ${formatTierRange(range)} 内` };
    }
    return { ok: true, score: score.round(2), explain: () => `${tierText(found)}，区间 ${formatTierRange(range)}，评定 ${formatScore(score)}` };
  },
};

function tierText({ tier, inferred }: EffectiveTier): string {
  return `“${TIER_LABELS[tier]}”档${inferred ? '（实际与目标表述一致）' : ''}`;
}
