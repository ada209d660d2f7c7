/**
 * Test support: small hand-built indicators, budgets, frameworks and projects for the unit tests
 * of scoring, audit and budget. Exported nowhere from index.ts — tests import it directly, so
 * each test states only what it is about and the builder fills in the rest.
 */
import type { Budget, Expense, Payment } from '../budget/budget.js';
import { budgetFigures, type BudgetFigures } from '../budget/budget-figures.js';
import type { Evaluation, EvaluationClaims, Project } from '../evaluation/evaluation.js';
import type { EvaluationFramework, ScoringSettings } from '../frameworks/framework.js';
import { NATIONAL_SETTINGS } from '../frameworks/settings.js';
import { DEPARTMENT_EVALUATION_2020 } from '../frameworks/templates.js';
import type { Formula, Indicator, IndicatorReadProblem, QualitativeTier } from '../indicators/indicator.js';
import { Decimal, type DecimalInput } from '../money/decimal.js';
import type { ScoringContext } from '../scoring/scoring-rule.js';
import { parseActual, parseTarget } from '../targets/parse-target.js';
import type { Actual, Target } from '../targets/target.js';

export const TEST_FISCAL_YEAR = 2022;

export interface IndicatorSpec {
  readonly id?: string;
  readonly level1?: string;
  readonly level2?: string;
  readonly name?: string;
  readonly weight?: DecimalInput;
  /** Parsed with the real target parser (fiscal year {@link TEST_FISCAL_YEAR}); unreadable text becomes a read problem. */
  readonly target?: string;
  readonly actual?: string;
  readonly rule?: string;
  readonly formula?: Formula;
  readonly tier?: QualitativeTier;
  readonly manualScore?: DecimalInput;
  readonly justification?: string;
  readonly deviationReason?: string;
  readonly evidence?: readonly string[];
  readonly claimedScore?: DecimalInput;
  readonly statement?: string;
}

let counter = 0;

/** An indicator of the department framework's 产出/数量 group unless the spec says otherwise. */
export function indicator(spec: IndicatorSpec = {}): Indicator {
  counter += 1;
  const readProblems: IndicatorReadProblem[] = [];
  let target: Target | undefined;
  let actual: Actual | undefined;
  if (spec.target !== undefined) {
    const parsed = parseTarget(spec.target, { fiscalYear: TEST_FISCAL_YEAR, costIndicator: spec.level2 === 'cost' });
    if (parsed.ok) target = parsed.value;
    else readProblems.push({ field: 'target', text: spec.target, message: parsed.error.message });
  }
  if (spec.actual !== undefined) {
    const parsed = parseActual(spec.actual, { fiscalYear: TEST_FISCAL_YEAR });
    if (parsed.ok) actual = parsed.value;
    else readProblems.push({ field: 'actual', text: spec.actual, message: parsed.error.message });
  }
  const claimed =
    spec.claimedScore !== undefined || spec.statement !== undefined
      ? {
          ...(spec.claimedScore === undefined ? {} : { score: Decimal.from(spec.claimedScore) }),
          ...(spec.statement === undefined ? {} : { statement: spec.statement }),
        }
      : undefined;
  return {
    id: spec.id ?? `i${counter}`,
    level1: spec.level1 ?? 'output',
    level2: spec.level2 ?? 'quantity',
    name: spec.name ?? `指标${counter}`,
    weight: Decimal.from(spec.weight ?? 10),
    ...(spec.target === undefined ? {} : { targetText: spec.target }),
    ...(spec.actual === undefined ? {} : { actualText: spec.actual }),
    ...(target ? { target } : {}),
    ...(actual ? { actual } : {}),
    readProblems,
    ...(spec.rule === undefined ? {} : { rule: spec.rule }),
    ...(spec.formula === undefined ? {} : { formula: spec.formula }),
    ...(spec.tier === undefined ? {} : { tier: spec.tier }),
    ...(spec.manualScore === undefined ? {} : { manualScore: Decimal.from(spec.manualScore) }),
    ...(spec.justification === undefined ? {} : { justification: spec.justification }),
    ...(spec.deviationReason === undefined ? {} : { deviationReason: spec.deviationReason }),
    evidence: spec.evidence ?? [],
    ...(claimed ? { claimed } : {}),
  };
}

export interface BudgetSpec {
  /** 年初预算数, 元 (default 1,000,000). */
  readonly budget?: DecimalInput;
  /** 全年调整后预算数, 元 (default: the budget). */
  readonly adjusted?: DecimalInput;
  /** 实际到位, 元 (default: the adjusted budget). */
  readonly received?: DecimalInput;
  /** 实际支出, 元 (default: the received amount). */
  readonly spent?: DecimalInput;
  readonly expenses?: readonly (readonly [string, DecimalInput])[];
  readonly payments?: readonly (readonly [string, DecimalInput, string?])[];
}

/** One fiscal budget line; amounts in 元. */
export function budget(spec: BudgetSpec = {}): Budget {
  const budgetAmount = Decimal.from(spec.budget ?? 1_000_000);
  const adjustedBudgetAmount = spec.adjusted === undefined ? budgetAmount : Decimal.from(spec.adjusted);
  const receivedAmount = spec.received === undefined ? adjustedBudgetAmount : Decimal.from(spec.received);
  const spentAmount = spec.spent === undefined ? receivedAmount : Decimal.from(spec.spent);
  const expenses: Expense[] = (spec.expenses ?? []).map(([category, amount]) => ({ category, amount: Decimal.from(amount) }));
  const payments: Payment[] = (spec.payments ?? []).map(([date, amount, category]) => {
    const [year = TEST_FISCAL_YEAR, month = 1, day = 1] = date.split('-').map(Number);
    return { date: { year, month, day }, amount: Decimal.from(amount), category: category ?? '其他' };
  });
  return {
    lines: [{ fundSource: 'fiscal', budgetAmount, adjustedBudgetAmount, receivedAmount }],
    spentAmount,
    expenses,
    payments,
  };
}

/** The national settings with some overridden. */
export function settings(overrides: Partial<ScoringSettings> = {}): ScoringSettings {
  return { ...NATIONAL_SETTINGS, ...overrides };
}

/** A scoring context over the national settings and a fully spent 100万元 budget unless told otherwise. */
export function scoringContext(overrides: { settings?: Partial<ScoringSettings>; budget?: BudgetSpec } = {}): ScoringContext {
  return { settings: settings(overrides.settings), budget: figures(overrides.budget), fiscalYear: TEST_FISCAL_YEAR };
}

export function figures(spec: BudgetSpec = {}): BudgetFigures {
  return budgetFigures(budget(spec));
}

/**
 * A small custom framework: one dimension `output` (weight = total) with one group `quantity`,
 * unless dimensions are given. Settings are the national ones with overrides.
 */
export function framework(
  overrides: Partial<Omit<EvaluationFramework, 'settings'>> & { settings?: Partial<ScoringSettings> } = {},
): EvaluationFramework {
  const totalWeight = overrides.totalWeight ?? Decimal.HUNDRED;
  return {
    id: overrides.id ?? 'test-framework',
    name: overrides.name ?? '测试评价体系',
    kind: overrides.kind ?? 'departmentEvaluation',
    basis: overrides.basis ?? '测试',
    totalWeight,
    dimensions: overrides.dimensions ?? [{ id: 'output', name: '产出', weight: totalWeight, groups: [{ id: 'quantity', name: '产出数量' }, { id: 'cost', name: '产出成本' }] }],
    settings: settings(overrides.settings),
  };
}

export interface ProjectSpec {
  readonly indicators: readonly Indicator[];
  readonly framework?: EvaluationFramework;
  readonly budget?: Budget;
  readonly claims?: Partial<EvaluationClaims>;
  readonly fiscalYear?: number;
}

/** A project with one evaluation; the department 20/20/30/30 framework unless given. */
export function project(spec: ProjectSpec): Project {
  const evaluation: Evaluation = {
    kind: 'departmentEvaluation',
    framework: spec.framework ?? DEPARTMENT_EVALUATION_2020,
    team: [],
    indicators: spec.indicators,
    claims: { groups: [], dimensions: [], ...spec.claims },
  };
  return {
    info: { name: '测试项目', fiscalYear: spec.fiscalYear ?? TEST_FISCAL_YEAR, unit: { name: '测试单位' }, region: { code: '652300', name: '昌吉回族自治州' }, goals: { phases: [] } },
    budget: spec.budget ?? budget(),
    evaluation,
  };
}

/** A minimal valid project file (JSON value) for loader tests; `evaluation` merged over a one-indicator default. */
export function projectFileJson(evaluation: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    formatVersion: 1,
    project: { name: '测试项目', fiscalYear: TEST_FISCAL_YEAR, unit: { name: '测试单位' }, region: { code: '652300', name: '昌吉回族自治州' } },
    budget: { lines: [{ fundSource: 'fiscal', budgetAmount: '1000000', receivedAmount: '1000000' }], spentAmount: '900000' },
    evaluation: {
      kind: 'departmentEvaluation',
      framework: 'department-evaluation-2020',
      indicators: [{ level1: 'output', level2: 'quantity', name: '培训次数', weight: '5', target: '≥2次', actual: '3次' }],
      ...evaluation,
    },
  };
}

/**
 * A project the audit finds nothing wrong with: 产出 100 = 数量 “培训次数” 60 (≥2次, done 2次) +
 * 成本 “宣传费” 40 (≤100万元, spent 100万元), claims that match, total 100, grade 优. Audit tests
 * change one thing in it and expect exactly the finding that change causes.
 */
export function consistentProject(changes: {
  indicators?: readonly IndicatorSpec[];
  claims?: Partial<EvaluationClaims>;
  budget?: BudgetSpec;
  framework?: EvaluationFramework;
} = {}): Project {
  const [first = {}, second = {}, ...more] = changes.indicators ?? [];
  const indicators = [
    indicator({ id: 'count', level2: 'quantity', name: '培训次数', weight: 60, target: '≥2次', actual: '2次', claimedScore: 60, ...first }),
    indicator({ id: 'cost', level2: 'cost', name: '宣传费', weight: 40, target: '≤100万元', actual: '100万元', claimedScore: 40, ...second }),
    ...more.map((spec) => indicator(spec)),
  ];
  return project({
    framework: changes.framework ?? framework(),
    indicators,
    budget: budget({ spent: 1_000_000, expenses: [['宣传费', 1_000_000]], ...changes.budget }),
    claims: { dimensions: [{ level1: 'output', score: Decimal.from(100) }], totalScore: Decimal.from(100), grade: '优', ...changes.claims },
  });
}
