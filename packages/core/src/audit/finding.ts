import type { Decimal } from '../money/decimal.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * The stable codes of audit findings. Codes are part of the public contract (CLI `--json`, API,
 * dashboards filter on them): add new ones, never rename. docs/audit-findings.md explains each.
 */
export type FindingCode =
  | 'framework.weights'
  | 'framework.outputBenefitShare'
  | 'indicator.unreadable'
  | 'indicator.notScored'
  | 'indicator.actualWrittenAsTarget'
  | 'score.exceedsWeight'
  | 'score.mismatch'
  | 'score.outsideTier'
  | 'score.fullMarksWithoutEvidence'
  | 'sum.group'
  | 'sum.dimension'
  | 'sum.total'
  | 'total.mismatch'
  | 'grade.band'
  | 'grade.changed'
  | 'statement.contradicts'
  | 'reason.missing'
  | 'deadline.implausiblyEarly'
  | 'budget.expensesSum'
  | 'budget.paymentsSum'
  | 'budget.spentExceedsReceived'
  | 'budget.costActualsSum'
  | 'budget.costActualVsExpense'
  | 'monitoring.scoreRateOverExecution';

/** A value as claimed or computed: an exact number, or a text (a grade, a date). */
export type FindingValue = Decimal | string;

/** One thing the consistency audit found. */
export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** Chinese, says what is wrong and where. */
  readonly message: string;
  /** JSON path into the project file, e.g. `evaluation.indicators[7].claimed.score`. */
  readonly path: string;
  readonly claimed?: FindingValue;
  readonly computed?: FindingValue;
}

