import type { BudgetFigures } from '../budget/budget-figures.js';
import type { Budget } from '../budget/budget.js';
import type { Evaluation } from '../evaluation/evaluation.js';
import type { ScoreCard } from '../scoring/score-card.js';

/** What every audit check reads: the evaluation as claimed and the score card as recomputed. */
export interface AuditContext {
  readonly fiscalYear: number | undefined;
  readonly budget: Budget;
  readonly figures: BudgetFigures;
  readonly evaluation: Evaluation;
  readonly card: ScoreCard;
}

/** The JSON path of the i-th indicator of the evaluation. */
export function indicatorPath(index: number): string {
  return `evaluation.indicators[${index}]`;
}
