import { budgetFigures } from '../budget/budget-figures.js';
import { defaultRegistry, type ScoringRuleRegistry } from '../scoring/rule-registry.js';
import type { ScoreCard } from '../scoring/score-card.js';
import { scoreEvaluation } from '../scoring/score-evaluation.js';
import type { Project } from './evaluation.js';

/** The project's evaluation recomputed under its framework; undefined when it has no evaluation. */
export function scoreProject(project: Project, registry: ScoringRuleRegistry = defaultRegistry): ScoreCard | undefined {
  const { evaluation } = project;
  if (!evaluation) return undefined;
  return scoreEvaluation(
    { framework: evaluation.framework, indicators: evaluation.indicators, budget: budgetFigures(project.budget), fiscalYear: project.info.fiscalYear },
    registry,
  );
}
