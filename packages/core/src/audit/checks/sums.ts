import { frameworkIndex } from '../../frameworks/framework-index.js';
import { Decimal } from '../../money/decimal.js';
import { formatScore } from '../../money/rounding.js';
import { gradeOf, readGrade } from '../../scoring/grade.js';
import type { GroupScore, IndicatorScore } from '../../scoring/score-card.js';
import type { AuditContext } from '../audit-context.js';
import { finding, type Finding } from '../finding.js';

/**
 * Sums and grade: a claimed subtotal must equal the sum of what was claimed beneath it (the
 * report's own arithmetic) and the recomputed subtotal (the rules' arithmetic); the claimed grade
 * must match the claimed total's band.
 */
export function checkSums({ evaluation, card }: AuditContext): Finding[] {
  const findings: Finding[] = [];
  const { claims, framework } = evaluation;
  const tolerance = framework.settings.scoreTolerance;
  const differs = (a: Decimal, b: Decimal) => !a.eq(b) && a.minus(b).abs().gt(tolerance);

  // The card's groups in framework order, so that a claim finds its group by the framework's slot.
  const index = frameworkIndex(framework);
  const groups: GroupScore[] = [];
  for (const dimension of card.dimensions) for (const group of dimension.groups) groups.push(group);
  const claimBySlot: (Decimal | undefined)[] = [];

  claims.groups.forEach((claim, i) => {
    const slot = index.slot(claim.level1, claim.level2);
    const group = slot === undefined ? undefined : groups[slot];
    if (slot === undefined || !group) return;
    claimBySlot[slot] ??= claim.score;
    const path = `evaluation.claimed.groups[${i}].score`;
    const sum = group.indicators.length === 0 ? undefined : claimedSum(group.indicators);
    if (sum !== undefined && differs(claim.score, sum)) {
      findings.push(finding('sum.group', 'error', path, () => `“${group.name}”自评小计 ${formatScore(claim.score)}，与其下各指标自评得分合计 ${formatScore(sum)} 不符`, claim.score, sum));
    }
    if (differs(claim.score, group.score)) {
      findings.push(finding('score.mismatch', 'error', path, () => `“${group.name}”自评得分 ${formatScore(claim.score)}，按评分规则重算为 ${formatScore(group.score)}`, claim.score, group.score));
    }
  });

  claims.dimensions.forEach((claim, i) => {
    const d = card.dimensions.findIndex((dimension) => dimension.id === claim.level1);
    const dimension = card.dimensions[d];
    if (!dimension) return;
    const path = `evaluation.claimed.dimensions[${i}].score`;
    const sum = claimedDimensionSum(dimension.groups, claimBySlot, firstSlotOf(card.dimensions, d));
    if (sum !== undefined && differs(claim.score, sum)) {
      findings.push(finding('sum.dimension', 'error', path, () => `“${dimension.name}”自评得分 ${formatScore(claim.score)}，与其下各项自评得分合计 ${formatScore(sum)} 不符`, claim.score, sum));
    }
    if (differs(claim.score, dimension.score)) {
      findings.push(finding('score.mismatch', 'error', path, () => `“${dimension.name}”自评得分 ${formatScore(claim.score)}，按评分规则重算为 ${formatScore(dimension.score)}`, claim.score, dimension.score));
    }
  });

  const total = claims.totalScore;
  if (total) {
    if (claims.dimensions.length === framework.dimensions.length) {
      let sum = Decimal.ZERO;
      for (const dimension of claims.dimensions) sum = sum.plus(dimension.score);
      if (differs(total, sum)) findings.push(finding('sum.total', 'error', 'evaluation.claimed.totalScore', () => `自评总分 ${formatScore(total)}，与各一级指标自评得分合计 ${formatScore(sum)} 不符`, total, sum));
    }
    if (differs(total, card.totalScore)) {
      findings.push(finding('total.mismatch', 'error', 'evaluation.claimed.totalScore', () => `自评总分 ${formatScore(total)}，按评分规则重算为 ${formatScore(card.totalScore)}`, total, card.totalScore));
    }
  }

  const grade = claims.grade;
  if (grade) {
    const claimedGrade = readGrade(grade);
    const path = 'evaluation.claimed.grade';
    if (!claimedGrade) {
      findings.push(finding('grade.band', 'error', path, () => `无法识别评级“${grade}”（应为 优 / 良 / 中 / 差）`, grade));
    } else {
      const band = total ? gradeOf(total, framework.settings.gradeBands) : undefined;
      if (total && band && band.grade !== claimedGrade) {
        findings.push(finding('grade.band', 'error', path, () => `自评总分 ${formatScore(total)} 对应评级“${band.label}”，报告写为“${grade}”`, grade, band.label));
      }
      if (card.grade.grade !== claimedGrade) {
        findings.push(finding('grade.changed', 'warning', path, () => `按评分规则重算总分 ${formatScore(card.totalScore)}，评级为“${card.grade.label}”，与报告的“${grade}”不同`, grade, card.grade.label));
      }
    }
  }
  return findings;
}

/** The sum of the indicators' claimed scores; undefined when one has no claim. */
function claimedSum(indicators: readonly IndicatorScore[]): Decimal | undefined {
  let sum = Decimal.ZERO;
  for (const { indicator } of indicators) {
    const claimed = indicator.claimed?.score;
    if (claimed === undefined) return undefined;
    sum = sum.plus(claimed);
  }
  return sum;
}

/** The dimension's claimed subtotal from its parts: group claims where given, else indicator claims; undefined when a part has no claim. */
function claimedDimensionSum(groups: readonly GroupScore[], claimBySlot: readonly (Decimal | undefined)[], firstSlot: number): Decimal | undefined {
  let sum = Decimal.ZERO;
  for (let g = 0; g < groups.length; g += 1) {
    const part = claimBySlot[firstSlot + g] ?? claimedSum(groups[g]?.indicators ?? []);
    if (part === undefined) return undefined;
    sum = sum.plus(part);
  }
  return sum;
}

function firstSlotOf(dimensions: readonly { readonly groups: readonly unknown[] }[], d: number): number {
  let slot = 0;
  for (let i = 0; i < d; i += 1) slot += dimensions[i]?.groups.length ?? 0;
  return slot;
}
