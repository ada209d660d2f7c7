import { Decimal } from '../../money/decimal.js';
import { formatScore } from '../../money/rounding.js';
import { gradeOf, gradeWord, gradeWordTable, readGrade } from '../../scoring/grade.js';
import type { Evaluation, EvaluationClaims } from '../../evaluation/evaluation.js';
import type { DimensionScore, IndicatorScore } from '../../scoring/score-card.js';
import type { AuditContext } from '../audit-context.js';
import { finding, type Finding } from '../finding.js';
import { assumedWeightsNote } from './assumed-weights.js';

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

  claims.groups.forEach((claim, i) => {
    const path = `evaluation.claimed.groups[${i}].score`;
    const group = card.dimensions.find((d) => d.id === claim.level1)?.groups.find((g) => g.id === claim.level2);
    if (!group) return;
    const sum = group.indicators.length === 0 ? undefined : claimedSum(group.indicators);
    if (sum !== undefined && differs(claim.score, sum)) {
      findings.push(finding('sum.group', 'error', path, () => `“${group.name}”自评小计 ${formatScore(claim.score)}，与其下各指标自评得分合计 ${formatScore(sum)} 不符`, claim.score, sum));
    }
    if (differs(claim.score, group.score)) {
      findings.push(finding('score.mismatch', 'error', path, () => `“${group.name}”自评得分 ${formatScore(claim.score)}，按评分规则重算为 ${formatScore(group.score)}${assumedFor(evaluation, claim.level1, claim.level2)}`, claim.score, group.score));
    }
  });

  claims.dimensions.forEach((claim, i) => {
    const path = `evaluation.claimed.dimensions[${i}].score`;
    const dimension = card.dimensions.find((d) => d.id === claim.level1);
    if (!dimension) return;
    const sum = claimedDimensionSum(dimension, claims);
    if (sum !== undefined && differs(claim.score, sum)) {
      findings.push(finding('sum.dimension', 'error', path, () => `“${dimension.name}”自评得分 ${formatScore(claim.score)}，与其下各项自评得分合计 ${formatScore(sum)} 不符`, claim.score, sum));
    }
    if (differs(claim.score, dimension.score)) {
      findings.push(finding('score.mismatch', 'error', path, () => `“${dimension.name}”自评得分 ${formatScore(claim.score)}，按评分规则重算为 ${formatScore(dimension.score)}${assumedFor(evaluation, claim.level1)}`, claim.score, dimension.score));
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
      findings.push(finding('total.mismatch', 'error', 'evaluation.claimed.totalScore', () => `自评总分 ${formatScore(total)}，按评分规则重算为 ${formatScore(card.totalScore)}${assumedWeightsNote(evaluation)}`, total, card.totalScore));
    }
  }

  const grade = claims.grade;
  if (grade) {
    const claimedGrade = readGrade(grade);
    const path = 'evaluation.claimed.grade';
    if (!claimedGrade) {
      findings.push(finding('grade.band', 'error', path, () => `无法识别评级“${grade}”（应为 优 / 良 / 中 / 差）`, grade));
    } else {
      const bands = framework.settings.gradeBands;
      // 优秀 is not 10号's word for 优: read through the word table, and said so wherever it matters.
      const label = bands.find((b) => b.grade === claimedGrade)?.label;
      const translated = label !== undefined && label !== grade && label !== gradeWord(grade);
      const readAs = translated ? `（按对照表读作“${label}”）` : '';
      if (translated) {
        findings.push(
          finding('grade.wording', 'info', path, () => `报告评级写为“${grade}”，不是评价体系“${framework.name}”的等级用语（${bands.map((b) => b.label).join(' / ')}），按对照表读作“${label}”（${gradeWordTable(bands)}）`, grade, label),
        );
      }
      const band = total ? gradeOf(total, bands) : undefined;
      if (total && band && band.grade !== claimedGrade) {
        findings.push(finding('grade.band', 'error', path, () => `自评总分 ${formatScore(total)} 对应评级“${band.label}”，报告写为“${grade}”${readAs}`, grade, band.label));
      }
      if (card.grade.grade !== claimedGrade) {
        findings.push(finding('grade.changed', 'warning', path, () => `按评分规则重算总分 ${formatScore(card.totalScore)}，评级为“${card.grade.label}”，与报告的“${grade}”${readAs}不同${assumedWeightsNote(evaluation)}`, grade, card.grade.label));
      }
    }
  }
  return findings;
}

/** The even-split note for findings about one group or dimension (written only with a message). */
function assumedFor(evaluation: Evaluation, level1: string, level2?: string): string {
  return assumedWeightsNote(evaluation, (i) => i.level1 === level1 && (level2 === undefined || i.level2 === level2));
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
function claimedDimensionSum(dimension: DimensionScore, claims: EvaluationClaims): Decimal | undefined {
  let sum = Decimal.ZERO;
  for (const group of dimension.groups) {
    const part = claims.groups.find((g) => g.level1 === dimension.id && g.level2 === group.id)?.score ?? claimedSum(group.indicators);
    if (part === undefined) return undefined;
    sum = sum.plus(part);
  }
  return sum;
}
