import type { Decimal } from '../money/decimal.js';
import type { TargetOperator } from '../targets/target.js';

/** 单位自评 / 部门评价 / 财政评价 */
export type EvaluationKind = 'selfEvaluation' | 'departmentEvaluation' | 'financeEvaluation';

/** A level-2 group (二级指标) of a framework dimension. */
export interface FrameworkGroup {
  readonly id: string;
  readonly name: string;
  /** When set, the group's indicators must weigh exactly this much. */
  readonly weight?: Decimal;
}

/** A level-1 dimension (一级指标): 决策, 过程, 产出, 效益, 满意度, 预算执行率. */
export interface FrameworkDimension {
  readonly id: string;
  readonly name: string;
  readonly weight: Decimal;
  readonly groups: readonly FrameworkGroup[];
}

/** One grade band: a total at or above `min` earns this grade. */
export interface GradeBand {
  readonly grade: Grade;
  /** 优 / 良 / 中 / 差 */
  readonly label: string;
  readonly min: Decimal;
}

export type Grade = 'excellent' | 'good' | 'fair' | 'poor';

/**
 * Everything a province or department may set differently. These are data, not code
 * (see ../shared/domain/rules.md: “the rule is configuration”).
 */
export interface ScoringSettings {
  /** Rule id per kind of target when an indicator names none. */
  readonly defaultRules: Readonly<Record<TargetOperator, string>> & {
    readonly date: string;
    readonly qualitative: string;
  };
  /**
   * Lower edges of the qualitative tiers in percent of the weight: 达成 [achieved, 100],
   * 部分达成 [partiallyAchieved, achieved), 未达成 [0, partiallyAchieved). 80/60 nationally; some use 80/50.
   */
  readonly qualitativeTierEdges: { readonly achieved: Decimal; readonly partiallyAchieved: Decimal };
  /** Sorted from the highest band down; the last band's min is 0. */
  readonly gradeBands: readonly GradeBand[];
  /** B ÷ A at or above which an over-achievement must be explained (commonly 1.3). */
  readonly overshootThreshold: Decimal;
  /** Share of the weight kept when a deadline is missed (0: no points). */
  readonly lateScoreShare: Decimal;
  /** 预算执行率 base: 实际到位 (10号 annex) or 全年调整后预算数 (self-evaluation sheet). */
  readonly executionRateBase: 'received' | 'adjustedBudget';
  /** 产出 + 效益 share of the total that a department/finance framework must reach (10号: 60%). */
  readonly minOutputBenefitShare?: Decimal;
  /** How far a claimed score may be from the rule's before the audit calls it wrong. */
  readonly scoreTolerance: Decimal;
  /** Relative margin by which the indicators' score rate may exceed the execution rate (production: 5%). */
  readonly scoreRateOverExecutionMargin: Decimal;
}

/** 评价指标体系: the weighted indicator tree used to score, with its settings. */
export interface EvaluationFramework {
  readonly id: string;
  readonly name: string;
  readonly kind: EvaluationKind;
  /** Where the framework comes from (a document number). */
  readonly basis: string;
  readonly totalWeight: Decimal;
  readonly dimensions: readonly FrameworkDimension[];
  readonly settings: ScoringSettings;
}
