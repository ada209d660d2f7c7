import type { Decimal } from '../money/decimal.js';

/**
 * What an evaluation report's prose states beside its scores, kept so that the audit can check the
 * words against the numbers (docs/audit-findings.md, the `statement.*` and `target.*` codes).
 * Report readers fill it; project files written by hand or from a 自评表 usually have none.
 * Indicators are referred to by their index in `evaluation.indicators`.
 */
export interface ReportStatements {
  /** “由14个三级指标构成”: how many 三级指标 the text says a dimension has. */
  readonly indicatorCounts: readonly StatedIndicatorCount[];
  /** Money the prose says was used (“拿出130万元…表彰激励”), outside the funds and indicator statements. */
  readonly amounts: readonly StatedAmount[];
  /** An indicator's target as the results section restates it (预期指标值为“90%” where the goals say ≥90%). */
  readonly restatedTargets: readonly RestatedTarget[];
  /** Indicators the report scores together (“该指标10分，得9.10分” after eight items): their weights are an even split. */
  readonly sharedWeights: readonly SharedWeight[];
}

export interface StatedIndicatorCount {
  readonly level1: string;
  readonly count: number;
  /** The words as written. */
  readonly text: string;
}

export interface StatedAmount {
  /** 元 */
  readonly amount: Decimal;
  readonly text: string;
}

export interface RestatedTarget {
  readonly indicator: number;
  readonly text: string;
}

export interface SharedWeight {
  readonly indicators: readonly number[];
  /** The one 分值 the report gives the block. */
  readonly weight: Decimal;
  readonly text: string;
}
