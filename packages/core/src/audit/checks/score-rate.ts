import { Decimal } from '../../money/decimal.js';
import { scoreRateCheck } from '../../monitoring/score-rate-check.js';
import type { AuditContext } from '../audit-context.js';
import { finding, type Finding } from '../finding.js';
import { assumedWeightsNote } from './assumed-weights.js';

/** The dimensions whose indicators measure results rather than management: 产出, 效益, 满意度. */
const RESULT_DIMENSIONS = new Set(['output', 'benefit', 'satisfaction']);

/**
 * Production cross-check (rules primer, 双监控): results reported as met while the money is
 * largely unspent. Compares the recomputed result indicators' score rate with the execution rate.
 */
export function checkScoreRate({ card, figures, evaluation }: AuditContext): Finding[] {
  const executionRate = evaluation.framework.settings.executionRateBase === 'adjustedBudget' ? figures.executionRateOfBudget : figures.executionRate;
  if (!executionRate) return [];
  let scoreSum = Decimal.ZERO;
  let weightSum = Decimal.ZERO;
  for (const dimension of card.dimensions) {
    if (!RESULT_DIMENSIONS.has(dimension.id)) continue;
    scoreSum = scoreSum.plus(dimension.score);
    weightSum = weightSum.plus(dimension.indicatorWeight);
  }
  const check = scoreRateCheck({ scoreSum, weightSum, executionRate }, evaluation.framework.settings.scoreRateOverExecutionMargin);
  if (!check.flagged || !check.scoreRate) return [];
  return [finding('monitoring.scoreRateOverExecution', 'warning', 'evaluation', () => `${check.explanation}${assumedWeightsNote(evaluation, (i) => RESULT_DIMENSIONS.has(i.level1))}`, check.scoreRate.round(4), executionRate.round(4))];
}
