import type { BudgetFigures } from '../budget/budget-figures.js';
import type { EvaluationFramework, GradeBand } from '../frameworks/framework.js';
import type { Indicator } from '../indicators/indicator.js';
import { Decimal, type Ratio } from '../money/decimal.js';
import type { RuleOutcome } from './scoring-rule.js';

/** One indicator's score with the rule that produced it and how. */
export interface IndicatorScore {
  readonly indicator: Indicator;
  readonly ruleId: string;
  readonly ruleLabel: string;
  readonly outcome: RuleOutcome;
  /** The rule's score, or 0 when the rule could not score (the card lists those as unscored). */
  readonly score: Decimal;
  readonly rate: Ratio | undefined;
  /** The rule's derivation, or why there is no score (built when read). */
  readonly derivation: string;
}

export interface GroupScore {
  readonly level1: string;
  readonly id: string;
  readonly name: string;
  /** The framework's weight for the group, when it sets one. */
  readonly weight?: Decimal | undefined;
  /** Sum of its indicators' weights. */
  readonly indicatorWeight: Decimal;
  readonly score: Decimal;
  readonly indicators: readonly IndicatorScore[];
}

export interface DimensionScore {
  readonly id: string;
  readonly name: string;
  readonly weight: Decimal;
  readonly indicatorWeight: Decimal;
  readonly score: Decimal;
  readonly groups: readonly GroupScore[];
}

/** The recomputed result of an evaluation under its framework. */
export interface ScoreCard {
  readonly framework: EvaluationFramework;
  readonly budget: BudgetFigures;
  readonly dimensions: readonly DimensionScore[];
  /** In the order of the evaluation. */
  readonly indicators: readonly IndicatorScore[];
  readonly totalWeight: Decimal;
  readonly totalScore: Decimal;
  readonly grade: GradeBand;
  /** Indicators no rule could score (counted as 0). */
  readonly unscored: readonly IndicatorScore[];
}

export function sumScores(scores: readonly { score: Decimal }[]): Decimal {
  return Decimal.sum(scores.map((s) => s.score));
}
