import { budgetFigures } from '../budget/budget-figures.js';
import type { Project } from '../evaluation/evaluation.js';
import { defaultRegistry, type ScoringRuleRegistry } from '../scoring/rule-registry.js';
import { scoreEvaluation } from '../scoring/score-evaluation.js';
import { AUDIT_CHECKS, auditEvaluation, type AuditCheck } from './audit-evaluation.js';
import type { AuditReport } from './audit-report.js';

/** Recomputes the project's evaluation and reports every inconsistency with what was claimed. */
export function auditProject(
  project: Project,
  options: { registry?: ScoringRuleRegistry; checks?: readonly AuditCheck[] } = {},
): AuditReport | undefined {
  const { evaluation } = project;
  if (!evaluation) return undefined;
  const figures = budgetFigures(project.budget);
  const card = scoreEvaluation(
    { framework: evaluation.framework, indicators: evaluation.indicators, budget: figures, fiscalYear: project.info.fiscalYear },
    options.registry ?? defaultRegistry,
  );
  return auditEvaluation({ fiscalYear: project.info.fiscalYear, budget: project.budget, figures, evaluation, card }, options.checks ?? AUDIT_CHECKS);
}
