import type { Indicator, IndicatorReadProblem } from '../../indicators/indicator.js';
import { Decimal } from '../../money/decimal.js';
import { formatScore } from '../../money/rounding.js';
import type { IndicatorScore } from '../../scoring/score-card.js';
import { OPERATOR_SIGNS } from '../../targets/operators.js';
import type { TargetOperator } from '../../targets/target.js';
import type { AuditContext } from '../audit-context.js';
import { indicatorPath } from '../audit-context.js';
import { finding, type Finding } from '../finding.js';

/**
 * Per indicator: texts that could not be read, indicators no rule could score, claimed scores above
 * the weight, off the rule's score, or outside their qualitative tier; qualitative full marks
 * without 佐证材料; actuals written like targets (“≥266米”).
 */
export function checkIndicatorScores({ evaluation, card }: AuditContext): Finding[] {
  const findings: Finding[] = [];
  const tolerance = evaluation.framework.settings.scoreTolerance;
  // Worked out at the first mismatch only: most evaluations have none.
  let decimals: number | undefined | null = null;
  const scoredIndicators = card.indicators;
  for (let index = 0; index < scoredIndicators.length; index += 1) {
    const scored = scoredIndicators[index];
    if (scored === undefined) continue;
    const { indicator, outcome } = scored;
    for (const problem of indicator.readProblems) findings.push(unreadable(indicator, index, problem));
    const { actual } = indicator;
    if (actual?.kind === 'quantitative' && actual.writtenAsTarget) findings.push(writtenAsTarget(indicator, index, actual.text, actual.writtenAsTarget));
    const claimed = indicator.claimed?.score;
    if (claimed && claimed.gt(indicator.weight)) findings.push(exceedsWeight(indicator, index, claimed));
    if (!outcome.ok) {
      findings.push(notScored(scored, index, outcome.reason, claimed));
      continue;
    }
    const { score } = outcome;
    if (claimed && !claimed.eq(score) && claimed.minus(score).abs().gt(tolerance)) {
      // Within half the table's last digit of the rule's (already two-decimal) score: 1.9 for 1.95 (1.946).
      if (decimals === null) decimals = claimedDecimals(evaluation.indicators);
      const roundedByTable = decimals !== undefined && claimed.lt(indicator.weight) && claimed.minus(score).abs().lte(Decimal.of(5n, decimals + 1));
      findings.push(roundedByTable && decimals !== undefined ? rounded(scored, index, claimed, score, decimals) : mismatch(scored, index, claimed, score));
    }
    if (scored.ruleId === 'qualitativeTiers' && indicator.evidence.length === 0 && score.eq(indicator.weight)) findings.push(fullMarksWithoutEvidence(indicator, index, score));
  }
  return findings;
}

function unreadable({ name }: Indicator, index: number, problem: IndicatorReadProblem): Finding {
  const field = problem.field === 'target' ? '年度指标值' : '实际完成值';
  return finding('indicator.unreadable', 'warning', `${indicatorPath(index)}.${problem.field}`, () => `“${name}”的${field}无法识别：${problem.message}`, problem.text);
}

function writtenAsTarget({ name }: Indicator, index: number, text: string, operator: TargetOperator): Finding {
  return finding('indicator.actualWrittenAsTarget', 'warning', `${indicatorPath(index)}.actual`, () => `“${name}”的实际完成值“${text}”写成了目标形式（${OPERATOR_SIGNS[operator]}），不是实测值`, text);
}

function exceedsWeight({ name, weight }: Indicator, index: number, claimed: Decimal): Finding {
  return finding('score.exceedsWeight', 'error', `${indicatorPath(index)}.claimed.score`, () => `“${name}”得分 ${formatScore(claimed)} 超过分值 ${formatScore(weight)}`, claimed, weight);
}

/** A score outside its qualitative tier is an error of the evaluation; any other unscored indicator lacks data. */
function notScored(scored: IndicatorScore, index: number, reason: string, claimed: Decimal | undefined): Finding {
  const { outcome, indicator } = scored;
  if (scored.ruleId === 'qualitativeTiers' && !outcome.ok && outcome.code === 'notComputable') {
    return finding('score.outsideTier', 'error', indicatorPath(index), () => reason, claimed);
  }
  return finding('indicator.notScored', 'warning', indicatorPath(index), () => `“${indicator.name}”无法按规则计分：${reason}`, claimed);
}

function mismatch(scored: IndicatorScore, index: number, claimed: Decimal, score: Decimal): Finding {
  return finding(
    'score.mismatch',
    'error',
    `${indicatorPath(index)}.claimed.score`,
    () => `“${scored.indicator.name}”自评得分 ${formatScore(claimed)}，按“${scored.ruleLabel}”应为 ${formatScore(score)}（${scored.derivation}）`,
    claimed,
    score,
  );
}

/**
 * The decimals a table writes its scores to, when it writes them shorter than the rules' two but
 * not as whole points (稷山: 1.9, 1.8, 1.4). Whole-point tables get no such reading: there a
 * shortfall claimed at full marks (5 for 4.84) is an error, not a rounding.
 */
function claimedDecimals(indicators: readonly Indicator[]): number | undefined {
  let decimals = 0;
  for (const { claimed } of indicators) if (claimed?.score) decimals = Math.max(decimals, claimed.score.normalize().scale);
  return decimals >= 1 && decimals < 2 ? decimals : undefined;
}

/** A claim that is the rule's score rounded to the table's own decimals: the table's precision, not an error. */
function rounded(scored: IndicatorScore, index: number, claimed: Decimal, score: Decimal, decimals: number): Finding {
  return finding(
    'score.roundedByTable',
    'info',
    `${indicatorPath(index)}.claimed.score`,
    () => `“${scored.indicator.name}”自评得分 ${claimed.toFixed(decimals)}，按“${scored.ruleLabel}”为 ${formatScore(score)}（${scored.derivation}）：表中得分保留 ${decimals} 位小数，四舍五入后一致`,
    claimed,
    score,
  );
}

function fullMarksWithoutEvidence({ name }: Indicator, index: number, score: Decimal): Finding {
  return finding('score.fullMarksWithoutEvidence', 'warning', `${indicatorPath(index)}.evidence`, () => `“${name}”定性评为满分，但未列出佐证材料`, score);
}
