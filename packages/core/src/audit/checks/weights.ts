import type { EvaluationFramework } from '../../frameworks/framework.js';
import { validateFramework, validateIndicatorWeights, type WeightIssue } from '../../frameworks/validate-framework.js';
import type { ScoreCard } from '../../scoring/score-card.js';
import type { AuditContext } from '../audit-context.js';
import { finding, type Finding } from '../finding.js';

/**
 * 权重: weights sum to the total and each level's subtotal matches its children (10号 第二十三条).
 * Weights that fall short in an evaluation without a claimed total are most likely a document
 * read only in part (a published page cut off before its 满意度 rows and 总分): that is said as
 * such (`framework.incomplete`), not as a weighting error the unit made.
 */
export function checkWeights({ evaluation, card }: AuditContext): Finding[] {
  const { framework, indicators } = evaluation;
  const own = frameworkIssues(framework);
  const indicatorIssues = weightsAddUp(card, indicators.length) ? [] : validateIndicatorWeights(framework, indicators);
  if (own.length === 0 && indicatorIssues.length === 0) return [];
  const withoutTotal = evaluation.claims.totalScore === undefined;
  return [...own, ...indicatorIssues].map((issue) => {
    const path = issue.path.startsWith('indicators') ? `evaluation.${issue.path}` : `evaluation.framework.${issue.path}`;
    if (withoutTotal && isShortfall(issue)) return incomplete(issue, path);
    return finding(issue.code === 'outputBenefitShare' ? 'framework.outputBenefitShare' : 'framework.weights', 'error', path, () => issue.message, issue.actual, issue.expected);
  });
}

/** Weights adding up to less than their level: what a missing part looks like. */
function isShortfall(issue: WeightIssue): boolean {
  const sums = issue.code === 'dimensionWeightsSum' || issue.code === 'indicatorWeightsSum' || issue.code === 'groupWeightsSum';
  return sums && issue.actual !== undefined && issue.expected !== undefined && issue.actual.lt(issue.expected);
}

function incomplete(issue: WeightIssue, path: string): Finding {
  return finding(
    'framework.incomplete',
    'warning',
    path,
    () => `${issue.message}：评价中没有自评总分，指标可能未列全（如表格被截断），缺少的部分未计入重算；若表格完整，则分值设置有误`,
    issue.actual,
    issue.expected,
  );
}

/** A framework's own issues do not change between the evaluations that use it: computed once. */
const issuesByFramework = new WeakMap<EvaluationFramework, readonly WeightIssue[]>();

function frameworkIssues(framework: EvaluationFramework): readonly WeightIssue[] {
  let issues = issuesByFramework.get(framework);
  if (!issues) {
    issues = validateFramework(framework);
    issuesByFramework.set(framework, issues);
  }
  return issues;
}

/**
 * The score card already summed the weights by group and dimension: when every indicator found its
 * group and every sum matches, there is nothing to report and the detailed validation is skipped.
 */
function weightsAddUp(card: ScoreCard, indicatorCount: number): boolean {
  let placed = 0;
  for (const dimension of card.dimensions) {
    if (!dimension.indicatorWeight.eq(dimension.weight)) return false;
    for (const group of dimension.groups) {
      if (group.weight && !group.indicatorWeight.eq(group.weight)) return false;
      placed += group.indicators.length;
    }
  }
  return placed === indicatorCount;
}
