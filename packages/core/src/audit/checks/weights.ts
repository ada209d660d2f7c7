import type { EvaluationFramework } from '../../frameworks/framework.js';
import { validateFramework, validateIndicatorWeights, type WeightIssue } from '../../frameworks/validate-framework.js';
import type { ScoreCard } from '../../scoring/score-card.js';
import type { AuditContext } from '../audit-context.js';
import { finding, type Finding } from '../finding.js';

/** 权重: weights sum to the total and each level's subtotal matches its children (10号 第二十三条). */
export function checkWeights({ evaluation, card }: AuditContext): Finding[] {
  const { framework, indicators } = evaluation;
  const own = frameworkIssues(framework);
  const indicatorIssues = weightsAddUp(card, indicators.length) ? [] : validateIndicatorWeights(framework, indicators);
  if (own.length === 0 && indicatorIssues.length === 0) return [];
  return [...own, ...indicatorIssues].map((issue) =>
    finding(
      issue.code === 'outputBenefitShare' ? 'framework.outputBenefitShare' : 'framework.weights',
      'error',
      issue.path.startsWith('indicators') ? `evaluation.${issue.path}` : `evaluation.framework.${issue.path}`,
      () => issue.message,
      issue.actual,
      issue.expected,
    ),
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
