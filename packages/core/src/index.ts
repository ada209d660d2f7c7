/**
 * @jixiao/core — the pure domain of project expenditure performance management: exact money,
 * targets, indicators, frameworks, scoring rules, budget and monitoring, deviations and the
 * consistency audit. No I/O; everything else in Jixiao depends on it.
 */
export * from './money/index.js';
export * from './targets/index.js';
export * from './monitoring/index.js';
export * from './deviation/index.js';
export * from './time/plain-date.js';
export * from './lifecycle/index.js';
export type { Budget, BudgetLine, Expense, FundSource, Payment } from './budget/budget.js';
export { budgetFigures, figuresByFundSource, paymentsByCategory, type BudgetFigures } from './budget/budget-figures.js';
export type { Formula, Indicator, IndicatorClaim, IndicatorReadProblem, QualitativeTier } from './indicators/indicator.js';
export type { EvaluationFramework, EvaluationKind, FrameworkDimension, FrameworkGroup, Grade, GradeBand, ScoringSettings } from './frameworks/framework.js';
export { NATIONAL_GRADE_BANDS, NATIONAL_SETTINGS } from './frameworks/settings.js';
export { BUILT_IN_FRAMEWORKS, DEPARTMENT_EVALUATION_2020, FINANCE_EVALUATION_2020, SELF_EVALUATION_2020, builtInFramework } from './frameworks/templates.js';
export { validateFramework, validateIndicatorWeights, type WeightIssue } from './frameworks/validate-framework.js';
export type { RuleOutcome, ScoringContext, ScoringRule } from './scoring/scoring-rule.js';
export { DEFAULT_RULES, ScoringRuleRegistry, defaultRegistry } from './scoring/rule-registry.js';
export { selectRuleId } from './scoring/select-rule.js';
export { scoreEvaluation, scoreIndicator, type ScoreInput } from './scoring/score-evaluation.js';
export type { DimensionScore, GroupScore, IndicatorScore, ScoreCard } from './scoring/score-card.js';
export { gradeOf, readGrade } from './scoring/grade.js';
export { TIER_LABELS, effectiveTier, isInTier, tierRange, type EffectiveTier, type TierRange } from './scoring/rules/qualitative-tiers.js';
export type { Evaluation, EvaluationClaims, EvaluationTeamMember, Project, ProjectInfo } from './evaluation/evaluation.js';
export type { ReportStatements, RestatedTarget, SharedWeight, StatedAmount, StatedIndicatorCount } from './evaluation/report-statements.js';
export { scoreProject } from './evaluation/score-project.js';
export type { Finding, FindingCode, FindingValue, Severity } from './audit/finding.js';
export type { AuditReport, ScoreSummary } from './audit/audit-report.js';
export type { AuditContext } from './audit/audit-context.js';
export { AUDIT_CHECKS, auditEvaluation, type AuditCheck } from './audit/audit-evaluation.js';
export { auditProject } from './audit/audit-project.js';
export { loadProjectFile, type LoadResult, type ProjectFileIssue } from './project-file/load-project.js';
export { projectFileJsonSchema } from './project-file/json-schema.js';
export { projectFileSchema, type FrameworkInput, type ProjectFile, type ProjectFileFundRow, type ProjectFileIndicator } from './project-file/project-file.schema.js';
export { isStorable, storageIssues, type StoredProject, type StoredProjectFile } from './project-file/stored-project.js';
