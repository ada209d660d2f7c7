import type { Finding, Severity } from './finding.js';
import type { AuditContext } from './audit-context.js';
import type { AuditReport } from './audit-report.js';
import { checkBudget } from './checks/budget.js';
import { checkDeadlines } from './checks/deadlines.js';
import { checkIndicatorScores } from './checks/indicator-scores.js';
import { checkReasonsAndStatements } from './checks/reasons-and-statements.js';
import { checkScoreRate } from './checks/score-rate.js';
import { checkSums } from './checks/sums.js';
import { checkWeights } from './checks/weights.js';

/** One family of consistency checks. */
export type AuditCheck = (context: AuditContext) => Finding[];

/** The checks of a finance bureau's review of an evaluation (rules primer, “What a consistency audit checks”). */
export const AUDIT_CHECKS: readonly AuditCheck[] = [
  checkWeights,
  checkIndicatorScores,
  checkSums,
  checkReasonsAndStatements,
  checkDeadlines,
  checkBudget,
  checkScoreRate,
];

export function auditEvaluation(context: AuditContext, checks: readonly AuditCheck[] = AUDIT_CHECKS): AuditReport {
  // Severity first, the checks' own order (file order) within a severity.
  const bySeverity: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
  for (const check of checks) for (const finding of check(context)) bySeverity[finding.severity].push(finding);
  const findings = [...bySeverity.error, ...bySeverity.warning, ...bySeverity.info];
  const { evaluation, card } = context;
  const claimedScore = (id: string) => evaluation.claims.dimensions.find((d) => d.level1 === id)?.score;
  return {
    findings,
    claimed: {
      ...(evaluation.claims.totalScore ? { totalScore: evaluation.claims.totalScore } : {}),
      ...(evaluation.claims.grade ? { grade: evaluation.claims.grade } : {}),
      dimensions: card.dimensions.map((d) => {
        const score = claimedScore(d.id);
        return { id: d.id, name: d.name, ...(score ? { score } : {}) };
      }),
    },
    recomputed: {
      totalScore: card.totalScore,
      grade: card.grade.label,
      dimensions: card.dimensions.map((d) => ({ id: d.id, name: d.name, score: d.score })),
    },
    card,
  };
}
