import type { Budget, BudgetLine } from '../budget/budget.js';
import type { Evaluation, EvaluationClaims, Project } from '../evaluation/evaluation.js';
import type { EvaluationFramework } from '../frameworks/framework.js';
import { NATIONAL_SETTINGS } from '../frameworks/settings.js';
import { builtInFramework } from '../frameworks/templates.js';
import type { Indicator, IndicatorReadProblem } from '../indicators/indicator.js';
import { Decimal } from '../money/decimal.js';
import { parseActual, parseTarget } from '../targets/parse-target.js';
import type { Actual, Target } from '../targets/target.js';
import { parseIsoDate, type PlainDate } from '../time/plain-date.js';
import { z } from 'zod';
import type { ReportStatements } from '../evaluation/report-statements.js';
import type { ReportStatementsInput } from './report-statements.schema.js';
import { projectFileSchema, type FrameworkInput, type ProjectFile, type ProjectFileIndicator } from './project-file.schema.js';

/** A problem with a project file: where (a JSON path such as `evaluation.indicators[3].weight`) and why, in Chinese. */
export interface ProjectFileIssue {
  readonly path: string;
  readonly message: string;
}

/** zod's own messages in Chinese, per parse (no global configuration: other zod users keep theirs). */
const CHINESE_MESSAGES = z.locales.zhCN().localeError;

export type LoadResult = { readonly ok: true; readonly project: Project } | { readonly ok: false; readonly issues: readonly ProjectFileIssue[] };

/**
 * Validates a parsed JSON value against the project file schema and turns it into the domain
 * model. Schema violations and unknown framework names fail the load with every issue listed;
 * target or actual texts the parser cannot read do not — they stay on the indicator as
 * `readProblems`, so that scoring and the audit can name them.
 */
export function loadProjectFile(json: unknown): LoadResult {
  const parsed = projectFileSchema.safeParse(json, { error: CHINESE_MESSAGES });
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })) };
  }
  const file = parsed.data;
  const issues: ProjectFileIssue[] = [];
  const budget = loadBudget(file, issues);
  const evaluation = file.evaluation ? loadEvaluation(file.evaluation, file.project.fiscalYear, issues) : undefined;
  if (issues.length > 0) return { ok: false, issues };
  const { project } = file;
  // Absent fields are set to undefined rather than left out: one object shape per type (see Indicator).
  return {
    ok: true,
    project: {
      info: {
        name: project.name,
        code: project.code || undefined,
        fiscalYear: project.fiscalYear,
        unit: { name: project.unit.name, code: project.unit.code || undefined },
        region: project.region,
        supervisingDepartment: project.supervisingDepartment || undefined,
        fundingDocument: project.fundingDocument || undefined,
        goals: { overall: project.goals?.overall || undefined, phases: project.goals?.phases ?? [], outcome: project.goals?.outcome || undefined },
      },
      budget,
      evaluation,
    },
  };
}

function loadBudget(file: ProjectFile, issues: ProjectFileIssue[]): Budget {
  const { budget } = file;
  const lines: BudgetLine[] = budget.lines.map((line) => {
    const budgetAmount = Decimal.from(line.budgetAmount);
    return {
      fundSource: line.fundSource,
      budgetAmount,
      adjustedBudgetAmount: line.adjustedBudgetAmount === undefined ? budgetAmount : Decimal.from(line.adjustedBudgetAmount),
      receivedAmount: Decimal.from(line.receivedAmount),
    };
  });
  const payments = (budget.payments ?? []).map((payment, index) => ({
    date: requireDate(payment.date, `budget.payments[${index}].date`, issues),
    amount: Decimal.from(payment.amount),
    category: payment.category,
    voucher: payment.voucher || undefined,
    fundSource: payment.fundSource || undefined,
  }));
  const asOf = budget.asOf === undefined ? undefined : requireDate(budget.asOf, 'budget.asOf', issues);
  return {
    lines,
    spentAmount: budget.spentAmount === undefined ? Decimal.sum(payments.map((p) => p.amount)) : Decimal.from(budget.spentAmount),
    asOf,
    expenses: (budget.expenses ?? []).map((e) => ({ category: e.category, amount: Decimal.from(e.amount) })),
    payments,
    fundRows: (budget.fundRows ?? []).map((row) => ({
      label: row.label,
      role: row.role,
      breakdown: row.breakdown,
      budgetAmount: optionalDecimal(row.budgetAmount),
      adjustedBudgetAmount: optionalDecimal(row.adjustedBudgetAmount),
      spentAmount: optionalDecimal(row.spentAmount),
      executionRate: optionalDecimal(row.executionRate),
      weight: optionalDecimal(row.weight),
      score: optionalDecimal(row.score),
      where: row.where,
    })),
  };
}

function optionalDecimal(value: string | number | undefined): Decimal | undefined {
  return value === undefined ? undefined : Decimal.from(value);
}

type EvaluationInput = NonNullable<ProjectFile['evaluation']>;

function loadEvaluation(input: EvaluationInput, fiscalYear: number | undefined, issues: ProjectFileIssue[]): Evaluation | undefined {
  const framework = resolveFramework(input.framework, issues);
  if (!framework) return undefined;
  const ids = new Set<string>();
  const indicators = input.indicators.map((raw, index) => {
    const indicator = loadIndicator(raw, `evaluation.indicators[${index}]`, framework, fiscalYear, issues);
    if (ids.has(indicator.id)) issues.push({ path: `evaluation.indicators[${index}].id`, message: `指标编号“${indicator.id}”重复` });
    ids.add(indicator.id);
    return indicator;
  });
  const claimed = input.claimed;
  const claims: EvaluationClaims = {
    groups: (claimed?.groups ?? []).map((g, i) => {
      const level1 = dimensionId(framework, g.level1, `evaluation.claimed.groups[${i}].level1`, issues);
      return {
        level1,
        level2: groupId(framework, level1, g.level2, `evaluation.claimed.groups[${i}].level2`, issues),
        score: Decimal.from(g.score),
        statement: g.statement || undefined,
      };
    }),
    dimensions: (claimed?.dimensions ?? []).map((dim, i) => ({
      level1: dimensionId(framework, dim.level1, `evaluation.claimed.dimensions[${i}].level1`, issues),
      score: Decimal.from(dim.score),
    })),
    totalScore: claimed?.totalScore === undefined ? undefined : Decimal.from(claimed.totalScore),
    grade: claimed?.grade || undefined,
    statedSums: (claimed?.statedSums ?? []).map((sum) => ({ text: sum.text, total: Decimal.from(sum.total), parts: sum.parts.map((p) => Decimal.from(p)), where: sum.where })),
  };
  const evaluatedAt = input.evaluatedAt ? requireDate(input.evaluatedAt, 'evaluation.evaluatedAt', issues) : undefined;
  return {
    kind: input.kind,
    framework,
    evaluatedAt,
    team: (input.team ?? []).map((m) => ({ name: m.name, title: m.title || undefined, role: m.role })),
    indicators,
    claims,
    statements: input.statements ? loadStatements(input.statements, indicators.length, issues) : undefined,
  };
}

function loadStatements(input: ReportStatementsInput, indicatorCount: number, issues: ProjectFileIssue[]): ReportStatements {
  const known = (index: number, path: string) => {
    if (index >= indicatorCount) issues.push({ path, message: `没有第 ${index + 1} 项指标（共 ${indicatorCount} 项）` });
  };
  (input.restatedTargets ?? []).forEach((t, i) => known(t.indicator, `evaluation.statements.restatedTargets[${i}].indicator`));
  (input.sharedWeights ?? []).forEach((s, i) => s.indicators.forEach((index, k) => known(index, `evaluation.statements.sharedWeights[${i}].indicators[${k}]`)));
  return {
    indicatorCounts: input.indicatorCounts ?? [],
    amounts: (input.amounts ?? []).map((a) => ({ amount: Decimal.from(a.amount), text: a.text })),
    restatedTargets: input.restatedTargets ?? [],
    sharedWeights: (input.sharedWeights ?? []).map((s) => ({ indicators: s.indicators, weight: Decimal.from(s.weight), text: s.text })),
  };
}

function loadIndicator(raw: ProjectFileIndicator, path: string, framework: EvaluationFramework, fiscalYear: number | undefined, issues: ProjectFileIssue[]): Indicator {
  const level1 = dimensionId(framework, raw.level1, `${path}.level1`, issues);
  const level2 = groupId(framework, level1, raw.level2, `${path}.level2`, issues);
  const readProblems: IndicatorReadProblem[] = [];
  let target: Target | undefined;
  let actual: Actual | undefined;
  if (raw.target !== undefined && raw.target.trim() !== '') {
    const result = parseTarget(raw.target, { fiscalYear, costIndicator: level2 === 'cost' });
    if (result.ok) target = result.value;
    else readProblems.push({ field: 'target', text: raw.target, message: result.error.message });
  }
  if (raw.actual !== undefined && raw.actual.trim() !== '') {
    const result = parseActual(raw.actual, { fiscalYear });
    if (result.ok) actual = result.value;
    else readProblems.push({ field: 'actual', text: raw.actual, message: result.error.message });
  }
  if (raw.rule !== undefined && raw.rule.trim() === '') issues.push({ path: `${path}.rule`, message: '评分规则不能为空' });
  // Every field is set, absent ones to undefined: one object shape for all indicators (see Indicator).
  return {
    id: raw.id ?? `${level1}/${level2}/${raw.name}`,
    level1,
    level2,
    name: raw.name,
    weight: Decimal.from(raw.weight),
    targetText: raw.target,
    actualText: raw.actual,
    target,
    actual,
    readProblems,
    rule: raw.rule || undefined,
    formula: raw.formula || undefined,
    tier: raw.tier || undefined,
    manualScore: raw.manualScore === undefined ? undefined : Decimal.from(raw.manualScore),
    justification: raw.justification || undefined,
    deviationReason: raw.deviationReason || undefined,
    completionLikelihood: raw.completionLikelihood,
    deviationCauseCategory: raw.deviationCauseCategory,
    evidence: raw.evidence ?? [],
    claimed: raw.claimed ? { score: raw.claimed.score === undefined ? undefined : Decimal.from(raw.claimed.score), statement: raw.claimed.statement || undefined } : undefined,
  };
}

/** A built-in framework by id, or a custom one inheriting the settings of the framework it is based on. */
function resolveFramework(input: string | FrameworkInput, issues: ProjectFileIssue[]): EvaluationFramework | undefined {
  if (typeof input === 'string') {
    const found = builtInFramework(input);
    if (!found) issues.push({ path: 'evaluation.framework', message: `未知的评价体系“${input}”` });
    return found;
  }
  const base = input.basedOn ? builtInFramework(input.basedOn) : undefined;
  if (input.basedOn && !base) issues.push({ path: 'evaluation.framework.basedOn', message: `未知的评价体系“${input.basedOn}”` });
  const dimensions = input.dimensions.map((dim) => ({
    id: dim.id,
    name: dim.name,
    weight: Decimal.from(dim.weight),
    groups: dim.groups.map((g) => ({ id: g.id, name: g.name, ...(g.weight === undefined ? {} : { weight: Decimal.from(g.weight) }) })),
  }));
  return {
    id: input.id,
    name: input.name,
    kind: input.kind,
    basis: base ? `基于 ${base.name}` : '自定义评价体系',
    totalWeight: base?.totalWeight ?? Decimal.HUNDRED,
    dimensions,
    settings: base?.settings ?? NATIONAL_SETTINGS,
  };
}

/** Indicators may name a dimension by id (`output`) or as written (`产出` / `产出指标`). */
function dimensionId(framework: EvaluationFramework, name: string, path: string, issues: ProjectFileIssue[]): string {
  const found = framework.dimensions.find((d) => d.id === name || d.name === name || d.name === `${name}指标` || `${d.name}指标` === name);
  if (!found) {
    issues.push({ path, message: `一级指标“${name}”不在评价体系“${framework.name}”中（可用：${framework.dimensions.map((d) => `${d.id}/${d.name}`).join('、')}）` });
    return name;
  }
  return found.id;
}

function groupId(framework: EvaluationFramework, level1: string, name: string, path: string, issues: ProjectFileIssue[]): string {
  const dimension = framework.dimensions.find((d) => d.id === level1);
  if (!dimension) return name;
  const found = dimension.groups.find((g) => g.id === name || g.name === name || g.name === `${name}指标` || `${g.name}指标` === name);
  if (!found) {
    issues.push({ path, message: `二级指标“${name}”不在“${dimension.name}”下（可用：${dimension.groups.map((g) => `${g.id}/${g.name}`).join('、')}）` });
    return name;
  }
  return found.id;
}

function requireDate(text: string, path: string, issues: ProjectFileIssue[]): PlainDate {
  const date = parseIsoDate(text);
  if (date) return date;
  issues.push({ path, message: `日期“${text}”不存在` });
  return { year: 1970, month: 1, day: 1 };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '') || '(根)';
}
