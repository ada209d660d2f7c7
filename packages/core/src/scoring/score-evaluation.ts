import type { BudgetFigures } from '../budget/budget-figures.js';
import type { EvaluationFramework } from '../frameworks/framework.js';
import { frameworkIndex } from '../frameworks/framework-index.js';
import type { Indicator } from '../indicators/indicator.js';
import { Decimal, type Ratio } from '../money/decimal.js';
import { gradeOf } from './grade.js';
import { defaultRegistry, type ScoringRuleRegistry } from './rule-registry.js';
import type { DimensionScore, GroupScore, IndicatorScore, ScoreCard } from './score-card.js';
import type { RuleOutcome, ScoringContext } from './scoring-rule.js';
import { selectRuleId } from './select-rule.js';

export interface ScoreInput {
  readonly framework: EvaluationFramework;
  readonly indicators: readonly Indicator[];
  readonly budget: BudgetFigures;
  readonly fiscalYear: number | undefined;
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
  return new ScoredIndicator(indicator, ruleId, rule?.label ?? ruleId, outcome);
}

/** An {@link IndicatorScore} whose derivation text is built when read. */
class ScoredIndicator implements IndicatorScore {
  constructor(
    readonly indicator: Indicator,
    readonly ruleId: string,
    readonly ruleLabel: string,
    readonly outcome: RuleOutcome,
  ) {}

  get score(): Decimal {
    return this.outcome.ok ? this.outcome.score : Decimal.ZERO;
  }

  get rate(): Ratio | undefined {
    return this.outcome.ok ? this.outcome.rate : undefined;
  }

  get derivation(): string {
    return this.outcome.ok ? this.outcome.explain() : `未能计分：${this.outcome.reason}`;
  }
}

/**
 * Recomputes an evaluation: every indicator by its rule, then group, dimension and total sums
 * of the rounded indicator scores (sums of 2-decimal values are exact), then the grade.
 */
export function scoreEvaluation(input: ScoreInput, registry: ScoringRuleRegistry = defaultRegistry): ScoreCard {
  const { framework } = input;
  const context: ScoringContext = { settings: framework.settings, budget: input.budget, fiscalYear: input.fiscalYear };
  const slots = frameworkIndex(framework);
  const members: IndicatorScore[][] = slots.groups.map(() => []);
  const unscored: IndicatorScore[] = [];
  const indicators = input.indicators.map((indicator) => {
    const scored = scoreIndicator(indicator, context, registry);
    if (!scored.outcome.ok) unscored.push(scored);
    const slot = slots.slot(indicator.level1, indicator.level2);
    if (slot !== undefined) members[slot]?.push(scored);
    return scored;
  });

  let totalScore = Decimal.ZERO;
  let slot = 0;
  const dimensions: DimensionScore[] = framework.dimensions.map((dimension) => {
    let dimensionWeight = Decimal.ZERO;
    let dimensionScore = Decimal.ZERO;
    const groups: GroupScore[] = dimension.groups.map((group) => {
      const scores = members[slot] ?? [];
      slot += 1;
      let indicatorWeight = Decimal.ZERO;
      let score = Decimal.ZERO;
      for (const scored of scores) {
        indicatorWeight = indicatorWeight.plus(scored.indicator.weight);
        score = score.plus(scored.score);
      }
      dimensionWeight = dimensionWeight.plus(indicatorWeight);
      dimensionScore = dimensionScore.plus(score);
      return { level1: dimension.id, id: group.id, name: group.name, weight: group.weight, indicatorWeight, score, indicators: scores };
    });
    totalScore = totalScore.plus(dimensionScore);
    return { id: dimension.id, name: dimension.name, weight: dimension.weight, indicatorWeight: dimensionWeight, score: dimensionScore, groups };
  });

  return {
    framework,
    budget: input.budget,
    dimensions,
    indicators,
    totalWeight: framework.totalWeight,
    totalScore,
    grade: gradeOf(totalScore, framework.settings.gradeBands),
    unscored,
  };
}
