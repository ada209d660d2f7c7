import { formatScore } from '../../money/rounding.js';
import { OPERATOR_SIGNS } from '../../targets/operators.js';
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
  const scoredIndicators = card.indicators;
  for (let index = 0; index < scoredIndicators.length; index += 1) {
    const scored = scoredIndicators[index];
    if (scored === undefined) continue;
    const { indicator, outcome } = scored;
    const name = indicator.name;
    for (const problem of indicator.readProblems) {
      const field = problem.field === 'target' ? '年度指标值' : '实际完成值';
      findings.push(finding('indicator.unreadable', 'warning', `${indicatorPath(index)}.${problem.field}`, () => `“${name}”的${field}无法识别：${problem.message}`, problem.text));
    }
    const { actual } = indicator;
    if (actual?.kind === 'quantitative' && actual.writtenAsTarget) {
      const sign = OPERATOR_SIGNS[actual.writtenAsTarget];
      findings.push(finding('indicator.actualWrittenAsTarget', 'warning', `${indicatorPath(index)}.actual`, () => `“${name}”的实际完成值“${actual.text}”写成了目标形式（${sign}），不是实测值`, actual.text));
    }
    const claimed = indicator.claimed?.score;
    const { weight } = indicator;
    if (claimed && claimed.gt(weight)) {
      findings.push(finding('score.exceedsWeight', 'error', `${indicatorPath(index)}.claimed.score`, () => `“${name}”得分 ${formatScore(claimed)} 超过分值 ${formatScore(weight)}`, claimed, weight));
    }
    if (!outcome.ok) {
      const { reason } = outcome;
      if (scored.ruleId === 'qualitativeTiers' && outcome.code === 'notComputable') {
        findings.push(finding('score.outsideTier', 'error', indicatorPath(index), () => reason, claimed));
      } else {
        findings.push(finding('indicator.notScored', 'warning', indicatorPath(index), () => `“${name}”无法按规则计分：${reason}`, claimed));
      }
      continue;
    }
    const { score } = outcome;
    if (claimed && !claimed.eq(score) && claimed.minus(score).abs().gt(tolerance)) {
      findings.push(
        finding('score.mismatch', 'error', `${indicatorPath(index)}.claimed.score`, () => `“${name}”自评得分 ${formatScore(claimed)}，按“${scored.ruleLabel}”应为 ${formatScore(score)}（${scored.derivation}）`, claimed, score),
      );
    }
    if (scored.ruleId === 'qualitativeTiers' && indicator.evidence.length === 0 && score.eq(weight)) {
      findings.push(finding('score.fullMarksWithoutEvidence', 'warning', `${indicatorPath(index)}.evidence`, () => `“${name}”定性评为满分，但未列出佐证材料`, score));
    }
  }
  return findings;
}
