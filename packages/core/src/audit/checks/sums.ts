import { Decimal } from '../../money/decimal.js';
import { formatScore } from '../../money/rounding.js';
import { gradeOf, readGrade } from '../../scoring/grade.js';
import type { AuditContext } from '../audit-context.js';
import type { Finding } from '../finding.js';

/**
 * Sums and grade: a claimed subtotal must equal the sum of what was claimed beneath it (the
 * report's own arithmetic) and the recomputed subtotal (the rules' arithmetic); the claimed grade
 * must match the claimed total's band.
 */
export function checkSums({ evaluation, card }: AuditContext): Finding[] {
  const findings: Finding[] = [];
  const { claims, framework } = evaluation;
  const tolerance = framework.settings.scoreTolerance;
  const differs = (a: Decimal, b: Decimal) => a.minus(b).abs().gt(tolerance);

  claims.groups.forEach((claim, i) => {
    const path = `evaluation.claimed.groups[${i}].score`;
    const group = card.dimensions.find((d) => d.id === claim.level1)?.groups.find((g) => g.id === claim.level2);
    if (!group) return;
    const claimedParts = group.indicators.map((s) => s.indicator.claimed?.score);
    if (claimedParts.length > 0 && claimedParts.every((s) => s !== undefined)) {
      const sum = Decimal.sum(claimedParts as Decimal[]);
      if (differs(claim.score, sum)) findings.push({ code: 'sum.group', severity: 'error', message: `“${group.name}”自评小计 ${formatScore(claim.score)}，与其下各指标自评得分合计 ${formatScore(sum)} 不符`, path, claimed: claim.score, computed: sum });
    }
    if (differs(claim.score, group.score)) {
      findings.push({ code: 'score.mismatch', severity: 'error', message: `“${group.name}”自评得分 ${formatScore(claim.score)}，按评分规则重算为 ${formatScore(group.score)}`, path, claimed: claim.score, computed: group.score });
    }
  });

  claims.dimensions.forEach((claim, i) => {
    const path = `evaluation.claimed.dimensions[${i}].score`;
    const dimension = card.dimensions.find((d) => d.id === claim.level1);
    if (!dimension) return;
    const claimedSum = claimedDimensionSum(dimension.id, evaluation, card);
    if (claimedSum && differs(claim.score, claimedSum)) {
      findings.push({ code: 'sum.dimension', severity: 'error', message: `“${dimension.name}”自评得分 ${formatScore(claim.score)}，与其下各项自评得分合计 ${formatScore(claimedSum)} 不符`, path, claimed: claim.score, computed: claimedSum });
    }
    if (differs(claim.score, dimension.score)) {
      findings.push({ code: 'score.mismatch', severity: 'error', message: `“${dimension.name}”自评得分 ${formatScore(claim.score)}，按评分规则重算为 ${formatScore(dimension.score)}`, path, claimed: claim.score, computed: dimension.score });
    }
  });

  const total = claims.totalScore;
  if (total) {
    if (claims.dimensions.length === framework.dimensions.length) {
      const sum = Decimal.sum(claims.dimensions.map((d) => d.score));
      if (differs(total, sum)) findings.push({ code: 'sum.total', severity: 'error', message: `自评总分 ${formatScore(total)}，与各一级指标自评得分合计 ${formatScore(sum)} 不符`, path: 'evaluation.claimed.totalScore', claimed: total, computed: sum });
    }
    if (differs(total, card.totalScore)) {
      findings.push({ code: 'total.mismatch', severity: 'error', message: `自评总分 ${formatScore(total)}，按评分规则重算为 ${formatScore(card.totalScore)}`, path: 'evaluation.claimed.totalScore', claimed: total, computed: card.totalScore });
    }
  }

  if (claims.grade) {
    const claimedGrade = readGrade(claims.grade);
    const bands = framework.settings.gradeBands;
    if (!claimedGrade) {
      findings.push({ code: 'grade.band', severity: 'error', message: `无法识别评级“${claims.grade}”（应为 优 / 良 / 中 / 差）`, path: 'evaluation.claimed.grade', claimed: claims.grade });
    } else {
      if (total && gradeOf(total, bands).grade !== claimedGrade) {
        const band = gradeOf(total, bands);
        findings.push({ code: 'grade.band', severity: 'error', message: `自评总分 ${formatScore(total)} 对应评级“${band.label}”，报告写为“${claims.grade}”`, path: 'evaluation.claimed.grade', claimed: claims.grade, computed: band.label });
      }
      if (card.grade.grade !== claimedGrade) {
        findings.push({ code: 'grade.changed', severity: 'warning', message: `按评分规则重算总分 ${formatScore(card.totalScore)}，评级为“${card.grade.label}”，与报告的“${claims.grade}”不同`, path: 'evaluation.claimed.grade', claimed: claims.grade, computed: card.grade.label });
      }
    }
  }
  return findings;
}

/** The dimension's claimed subtotal from its parts: group claims where given, else indicator claims; undefined when a part has no claim. */
function claimedDimensionSum(level1: string, evaluation: AuditContext['evaluation'], card: AuditContext['card']): Decimal | undefined {
  const dimension = card.dimensions.find((d) => d.id === level1);
  if (!dimension) return undefined;
  let sum = Decimal.ZERO;
  for (const group of dimension.groups) {
    const groupClaim = evaluation.claims.groups.length === 0 ? undefined : evaluation.claims.groups.find((g) => g.level1 === level1 && g.level2 === group.id);
    if (groupClaim) {
      sum = sum.plus(groupClaim.score);
      continue;
    }
    for (const scored of group.indicators) {
      const claimed = scored.indicator.claimed?.score;
      if (claimed === undefined) return undefined;
      sum = sum.plus(claimed);
    }
  }
  return sum;
}
