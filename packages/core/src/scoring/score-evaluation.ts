import type { BudgetFigures } from '../budget/budget-figures.js';
import type { EvaluationFramework } from '../frameworks/framework.js';
import type { Indicator } from '../indicators/indicator.js';
import { Decimal } from '../money/decimal.js';
import { gradeOf } from './grade.js';
import { defaultRegistry, type ScoringRuleRegistry } from './rule-registry.js';
import type { DimensionScore, GroupScore, IndicatorScore, ScoreCard } from './score-card.js';
import type { RuleOutcome, ScoringContext } from './scoring-rule.js';
import { selectRuleId } from './select-rule.js';

export interface ScoreInput {
  readonly framework: EvaluationFramework;
  readonly indicators: readonly Indicator[];
  readonly budget: BudgetFigures;
  readonly fiscalYear: number;
}

/** Scores one indicator under the framework's settings. */
export function scoreIndicator(indicator: Indicator, context: ScoringContext, registry: ScoringRuleRegistry = defaultRegistry): IndicatorScore {
  const ruleId = selectRuleId(indicator, context.settings);
  const rule = registry.get(ruleId);
  const outcome: RuleOutcome = !rule
    ? { ok: false, code: 'notComputable', reason: `未知的评分规则“${ruleId}”` }
    : indicator.readProblems.length > 0
      ? { ok: false, code: indicator.readProblems[0]?.field === 'actual' ? 'missingActual' : 'missingTarget', reason: indicator.readProblems.map((p) => p.message).join('；') }
      : rule.score(indicator, context);
  return {
    indicator,
    ruleId,
    ruleLabel: rule?.label ?? ruleId,
    outcome,
    score: outcome.ok ? outcome.score : Decimal.ZERO,
    ...(outcome.ok && outcome.rate ? { rate: outcome.rate } : {}),
    derivation: outcome.ok ? outcome.derivation : `未能计分：${outcome.reason}`,
  };
}

/**
 * Recomputes an evaluation: every indicator by its rule, then group, dimension and total sums
 * of the rounded indicator scores (sums of 2-decimal values are exact), then the grade.
 */
export function scoreEvaluation(input: ScoreInput, registry: ScoringRuleRegistry = defaultRegistry): ScoreCard {
  const { framework } = input;
  const context: ScoringContext = { settings: framework.settings, budget: input.budget, fiscalYear: input.fiscalYear };
  const indicators = input.indicators.map((indicator) => scoreIndicator(indicator, context, registry));
  // One pass to place indicators in their groups (evaluation order kept), not one filter per group.
  const byGroup = new Map<string, IndicatorScore[]>();
  for (const scored of indicators) {
    const key = groupKey(scored.indicator.level1, scored.indicator.level2);
    const members = byGroup.get(key);
    if (members) members.push(scored);
    else byGroup.set(key, [scored]);
  }

  const dimensions: DimensionScore[] = framework.dimensions.map((dimension) => {
    const groups: GroupScore[] = dimension.groups.map((group) => {
      const members = byGroup.get(groupKey(dimension.id, group.id)) ?? [];
      return {
        level1: dimension.id,
        id: group.id,
        name: group.name,
        ...(group.weight ? { weight: group.weight } : {}),
        indicatorWeight: Decimal.sum(members.map((s) => s.indicator.weight)),
        score: Decimal.sum(members.map((s) => s.score)),
        indicators: members,
      };
    });
    return {
      id: dimension.id,
      name: dimension.name,
      weight: dimension.weight,
      indicatorWeight: Decimal.sum(groups.map((g) => g.indicatorWeight)),
      score: Decimal.sum(groups.map((g) => g.score)),
      groups,
    };
  });

  const totalScore = Decimal.sum(dimensions.map((d) => d.score));
  return {
    framework,
    budget: input.budget,
    dimensions,
    indicators,
    totalWeight: framework.totalWeight,
    totalScore,
    grade: gradeOf(totalScore, framework.settings.gradeBands),
    unscored: indicators.filter((s) => !s.outcome.ok),
  };
}

function groupKey(level1: string, level2: string): string {
  return `${level1}\u0000${level2}`;
}
