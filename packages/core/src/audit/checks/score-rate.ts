import { Decimal } from '../../money/decimal.js';
import { scoreRateCheck } from '../../monitoring/score-rate-check.js';
import type { AuditContext } from '../audit-context.js';
import type { Finding } from '../finding.js';

/** The dimensions whose indicators measure results rather than management: 产出, 效益, 满意度. */
const RESULT_DIMENSIONS = new Set(['output', 'benefit', 'satisfaction']);

/**
 * Production cross-check (rules primer, 双监控): results reported as met while the money is
 * largely unspent. Compares the recomputed result indicators' score rate with the execution rate.
 */
export function checkScoreRate({ card, figures, evaluation }: AuditContext): Finding[] {
  const executionRate = evaluation.framework.settings.executionRateBase === 'adjustedBudget' ? figures.executionRateOfBudget : figures.executionRate;
  if (!executionRate) return [];
  const results = card.dimensions.filter((d) => RESULT_DIMENSIONS.has(d.id));
  const check = scoreRateCheck(
    { scoreSum: Decimal.sum(results.map((d) => d.score)), weightSum: Decimal.sum(results.map((d) => d.indicatorWeight)), executionRate },
    evaluation.framework.settings.scoreRateOverExecutionMargin,
  );
  if (!check.flagged || !check.scoreRate) return [];
  return [
    {
      code: 'monitoring.scoreRateOverExecution',
      severity: 'warning',
      message: check.explanation,
      path: 'evaluation',
      claimed: check.scoreRate.round(4),
      computed: executionRate.round(4),
    },
  ];
}
