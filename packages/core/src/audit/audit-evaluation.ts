import type { Finding } from './finding.js';
import type { AuditContext } from './audit-context.js';
import type { AuditReport } from './audit-report.js';
import { checkBudget } from './checks/budget.js';
import { checkDeadlines } from './checks/deadlines.js';
import { checkExecutionCountedTwice } from './checks/execution-twice.js';
import { checkFundRowScores } from './checks/fund-row-scores.js';
import { checkFundRowSpending } from './checks/fund-row-spending.js';
import { checkIndicatorScores } from './checks/indicator-scores.js';
import { checkReasonContradictions } from './checks/reason-contradictions.js';
import { checkReasonsAndStatements } from './checks/reasons-and-statements.js';
import { checkReportStatements } from './checks/report-statements.js';
import { checkScoreRate } from './checks/score-rate.js';
import { checkStatedTotals } from './checks/stated-totals.js';
import { checkSums } from './checks/sums.js';
import { checkTargetOperators } from './checks/target-operators.js';
import { checkWeights } from './checks/weights.js';

/** One family of consistency checks. */
export type AuditCheck = (context: AuditContext) => Finding[];

/** The checks of a finance bureau's review of an evaluation (rules primer, “What a consistency audit checks”). */
export const AUDIT_CHECKS: readonly AuditCheck[] = [
  checkWeights,
  checkExecutionCountedTwice,
  checkIndicatorScores,
  checkSums,
  checkReasonsAndStatements,
  checkDeadlines,
  checkTargetOperators,
  checkBudget,
  checkFundRowSpending,
  checkFundRowScores,
  checkScoreRate,
  checkReasonContradictions,
  checkReportStatements,
  checkStatedTotals,
];

export function auditEvaluation(context: AuditContext, checks: readonly AuditCheck[] = AUDIT_CHECKS): AuditReport {
  // Severity first, the checks' own order (file order) within a severity.
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  const infos: Finding[] = [];
  for (const check of checks) {
    for (const finding of check(context)) (finding.severity === 'error' ? errors : finding.severity === 'warning' ? warnings : infos).push(finding);
  }
  for (const finding of warnings) errors.push(finding);
  for (const finding of infos) errors.push(finding);
  const { evaluation, card } = context;
  const { claims } = evaluation;
  return {
    findings: errors,
    claimed: {
      totalScore: claims.totalScore,
      grade: claims.grade || undefined,
      dimensions: card.dimensions.map((d) => ({ id: d.id, name: d.name, score: claims.dimensions.find((c) => c.level1 === d.id)?.score })),
    },
    recomputed: {
      totalScore: card.totalScore,
      grade: card.grade.label,
      dimensions: card.dimensions.map((d) => ({ id: d.id, name: d.name, score: d.score })),
    },
    card,
  };
}
