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
  | 'monitoring.scoreRateOverExecution'
  | 'grade.wording'
  | 'reason.contradicts'
  | 'statement.indicatorCount'
  | 'statement.amountAboveBudget'
  | 'target.operatorDropped'
  | 'sum.fundRows'
  | 'sum.indicatorClaims'
  | 'sum.stated'
  | 'sum.fundRate'
  | 'framework.incomplete'
  | 'sum.fundRateRounding'
  | 'budget.fundRowOverspent'
  | 'target.upperBoundOnQuantity'
  | 'framework.executionCountedTwice'
  | 'target.moneyUnitMissing'
  | 'score.roundedByTable';

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
  readonly claimed?: FindingValue | undefined;
  readonly computed?: FindingValue | undefined;
}

/**
 * The one way checks report a finding. The message is written when read: a year's audit runs
 * over every project and most findings are counted or filtered by code, never shown. Checks build
 * findings in small functions of their own rather than in their loops' bodies, where a message
 * closure would cost every indicator a closure context, whether anything is found or not.
 */
export function finding(
  code: FindingCode,
  severity: Severity,
  path: string,
  describe: () => string,
  claimed?: FindingValue,
  computed?: FindingValue,
): Finding {
  // Values as they read (83.5, not the 83.50 a rounding step leaves): what JSON, filters and comparisons see.
  return new LazyFinding(code, severity, path, describe, normalised(claimed), normalised(computed));
}

function normalised(value: FindingValue | undefined): FindingValue | undefined {
  return typeof value === 'object' ? value.normalize() : value;
}

class LazyFinding implements Finding {
  readonly #describe: () => string;

  constructor(
    readonly code: FindingCode,
    readonly severity: Severity,
    readonly path: string,
    describe: () => string,
    readonly claimed: FindingValue | undefined,
    readonly computed: FindingValue | undefined,
  ) {
    this.#describe = describe;
  }

  get message(): string {
    return this.#describe();
  }

  /** A getter is not an own property: without this, JSON.stringify would drop the message. */
  toJSON(): Finding {
    const { code, severity, message, path, claimed, computed } = this;
    return { code, severity, message, path, claimed, computed };
  }
}
