import type { Decimal } from '../money/decimal.js';
import type { CompletionLikelihood, DeviationCauseCategory } from '../monitoring/indicator-progress-alert.js';
import type { Actual, Target } from '../targets/target.js';

/** 资金到位率 / 预算执行率 / 实际完成率 / 质量达标率 / 成本节约率 (财预〔2020〕10号 annex). */
export type Formula = 'fundingRate' | 'executionRate' | 'completionRate' | 'qualityRate' | 'costSavingRate';

/** 达成年度指标 / 部分达成年度指标并具有一定效果 / 未达成年度指标且效果较差 */
export type QualitativeTier = 'achieved' | 'partiallyAchieved' | 'notAchieved';

/** What the evaluation's authors wrote about one indicator. */
export interface IndicatorClaim {
  readonly score?: Decimal | undefined;
  readonly statement?: string | undefined;
}

/**
 * A level-3 indicator (三级指标) of one project's evaluation. Optional fields may be present and
 * undefined: loaders set every field so that all indicators share one object shape, which keeps
 * the scoring and audit loops' property reads monomorphic.
 */
export interface Indicator {
  readonly id: string;
  /** 一级指标: a framework dimension id. */
  readonly level1: string;
  /** 二级指标: a framework group id. */
  readonly level2: string;
  readonly name: string;
  /** 分值 */
  readonly weight: Decimal;
  /** 年度指标值 as written. */
  readonly targetText?: string | undefined;
  /** 实际完成值 as written. */
  readonly actualText?: string | undefined;
  /** Parsed target; absent when there is none or it could not be read (see `readProblems`). */
  readonly target?: Target | undefined;
  readonly actual?: Actual | undefined;
  /** Texts that could not be read, kept so that the audit can name them instead of guessing. */
  readonly readProblems: readonly IndicatorReadProblem[];
  /** Rule id overriding the framework's default. */
  readonly rule?: string | undefined;
  readonly formula?: Formula | undefined;
  readonly tier?: QualitativeTier | undefined;
  readonly manualScore?: Decimal | undefined;
  readonly justification?: string | undefined;
  /** 偏差原因分析及改进措施 */
  readonly deviationReason?: string | undefined;
  /** 完成目标可能性, as the unit reported it in monitoring. */
  readonly completionLikelihood?: CompletionLikelihood | undefined;
  /** 偏差原因类别 of the monitoring form. */
  readonly deviationCauseCategory?: DeviationCauseCategory | undefined;
  /** 佐证材料 */
  readonly evidence: readonly string[];
  readonly claimed?: IndicatorClaim | undefined;
}

export interface IndicatorReadProblem {
  readonly field: 'target' | 'actual';
  readonly text: string;
  /** Chinese, from the target parser. */
  readonly message: string;
}
