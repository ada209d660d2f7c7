import { formatScore } from '../../money/rounding.js';
import { OPERATOR_SIGNS } from '../../targets/operators.js';
import type { AuditContext } from '../audit-context.js';
import { indicatorPath } from '../audit-context.js';
import type { Finding } from '../finding.js';

/**
 * Per indicator: texts that could not be read, indicators no rule could score, claimed scores above
 * the weight, off the rule's score, or outside their qualitative tier; qualitative full marks
 * without 佐证材料; actuals written like targets (“≥266米”).
 */
export function checkIndicatorScores({ evaluation, card }: AuditContext): Finding[] {
  const findings: Finding[] = [];
  const tolerance = evaluation.framework.settings.scoreTolerance;
  card.indicators.forEach((scored, index) => {
    const { indicator, outcome } = scored;
    const path = indicatorPath(index);
    const name = `“${indicator.name}”`;
    for (const problem of indicator.readProblems) {
      findings.push({ code: 'indicator.unreadable', severity: 'warning', message: `${name}的${problem.field === 'target' ? '年度指标值' : '实际完成值'}无法识别：${problem.message}`, path: `${path}.${problem.field}`, claimed: problem.text });
    }
    if (indicator.actual?.kind === 'quantitative' && indicator.actual.writtenAsTarget) {
      findings.push({
        code: 'indicator.actualWrittenAsTarget',
        severity: 'warning',
        message: `${name}的实际完成值“${indicator.actual.text}”写成了目标形式（${OPERATOR_SIGNS[indicator.actual.writtenAsTarget]}），不是实测值`,
        path: `${path}.actual`,
        claimed: indicator.actual.text,
      });
    }
    const claimed = indicator.claimed?.score;
    if (claimed && claimed.gt(indicator.weight)) {
      findings.push({ code: 'score.exceedsWeight', severity: 'error', message: `${name}得分 ${formatScore(claimed)} 超过分值 ${formatScore(indicator.weight)}`, path: `${path}.claimed.score`, claimed, computed: indicator.weight });
    }
    if (!outcome.ok) {
      const outsideTier = scored.ruleId === 'qualitativeTiers' && outcome.code === 'notComputable';
      findings.push({
        code: outsideTier ? 'score.outsideTier' : 'indicator.notScored',
        severity: outsideTier ? 'error' : 'warning',
        message: outsideTier ? outcome.reason : `${name}无法按规则计分：${outcome.reason}`,
        path,
        ...(claimed ? { claimed } : {}),
      });
      return;
    }
    if (claimed && !claimed.eq(outcome.score) && claimed.minus(outcome.score).abs().gt(tolerance)) {
      findings.push({
        code: 'score.mismatch',
        severity: 'error',
        message: `${name}自评得分 ${formatScore(claimed)}，按“${scored.ruleLabel}”应为 ${formatScore(outcome.score)}（${scored.derivation}）`,
        path: `${path}.claimed.score`,
        claimed,
        computed: outcome.score,
      });
    }
    if (scored.ruleId === 'qualitativeTiers' && outcome.score.eq(indicator.weight) && indicator.evidence.length === 0) {
      findings.push({ code: 'score.fullMarksWithoutEvidence', severity: 'warning', message: `${name}定性评为满分，但未列出佐证材料`, path: `${path}.evidence`, claimed: outcome.score });
    }
  });
  return findings;
}
