import { boolean, date, index, integer, jsonb, numeric, pgTable, smallint, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { CompletionLikelihood, DeviationCauseCategory, EvaluationKind, Formula, FundSource, ProjectFile, QualitativeTier } from '@jixiao/core';
import { createdAt, money, ownership, points, updatedAt } from './columns.js';

type EvaluationFile = NonNullable<ProjectFile['evaluation']>;
type Claimed = NonNullable<EvaluationFile['claimed']>;
import { regions, units } from './organisation.js';

/**
 * 项目: one spending programme of one unit for one fiscal year.
 *
 * The money totals, score and grade are denormalised from the child tables and the core's score
 * card, rewritten in the same transaction as every change, so that lists, filters, sorting and the
 * dashboard run as plain SQL over this one table.
 */
export const projects = pgTable(
  'projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    name: text('name').notNull(),
    code: text('code'),
    fiscalYear: integer('fiscal_year').notNull(),
    supervisingDepartment: text('supervising_department'),
    fundingDocument: text('funding_document'),
    goalOverall: text('goal_overall'),
    goalPhases: jsonb('goal_phases').$type<string[]>().notNull().default([]),
    /** 实际支出 as stated by the evaluation; when null, spending is the sum of the payments. */
    statedSpentAmount: money('stated_spent_amount'),
    /** The date the spending refers to (monitoring is judged at this date when set). */
    asOf: date('as_of', { mode: 'string' }),
    /**
     * 序时进度 at `asOf` as completed months of the fiscal year (0–12, the core's month-based
     * time progress × 12), so that SQL colours execution alerts without date arithmetic per row.
     */
    asOfMonths: smallint('as_of_months'),
    /**
     * The fewest completed months of 序时进度 at which the core's execution alert turns red, and
     * amber (13: never), from the stored totals; null when nothing was received. The alert worsens
     * as time passes, so SQL colours a project by comparing its month count with these two.
     */
    redFromMonths: smallint('red_from_months'),
    amberFromMonths: smallint('amber_from_months'),
    /**
     * The indicator progress alerts (指标进度预警, the core's indicatorProgressAlert) as bit masks
     * over the completed months of 序时进度: bit m (0–12) is set when at least one indicator has that
     * colour at m months. SQL filters and counts by indicator colour at any date with one shift;
     * null for rows written before these columns (counted as no indicator alert until rewritten).
     */
    indicatorRedMonths: integer('indicator_red_months'),
    indicatorAmberMonths: integer('indicator_amber_months'),
    indicatorGreenMonths: integer('indicator_green_months'),
    indicatorBlueMonths: integer('indicator_blue_months'),
    /** True for the generated demonstration set (clearly labelled synthetic data). */
    synthetic: boolean('synthetic').notNull().default(false),
    /**
     * Incremented by every write to the project or its children (optimistic concurrency): each
     * mutation names the version it was based on and is refused when another write came first.
     */
    version: integer('version').notNull().default(1),
    /**
     * SHA-256 of the canonical JSON of the imported project file, so that importing the same
     * document again is noticed; null for projects created by hand or generated.
     */
    importHash: varchar('import_hash', { length: 64 }),
    budgetAmount: money('budget_amount').notNull().default('0'),
    adjustedBudgetAmount: money('adjusted_budget_amount').notNull().default('0'),
    receivedAmount: money('received_amount').notNull().default('0'),
    spentAmount: money('spent_amount').notNull().default('0'),
    totalScore: points('total_score'),
    grade: text('grade'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('projects_year_region_idx').on(t.fiscalYear, t.regionCode),
    index('projects_unit_idx').on(t.unitId, t.fiscalYear),
    index('projects_name_idx').on(t.name),
    index('projects_import_hash_idx').on(t.importHash),
  ],
);

/** Budget by fund source (财政资金 / 上年结转 / 其他资金). */
export const budgetLines = pgTable(
  'budget_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    ...ownership(),
    fundSource: text('fund_source').$type<FundSource>().notNull(),
    budgetAmount: money('budget_amount').notNull(),
    adjustedBudgetAmount: money('adjusted_budget_amount').notNull(),
    receivedAmount: money('received_amount').notNull(),
  },
  (t) => [index('budget_lines_project_idx').on(t.projectId)],
);

/** 实际支付: one payment out of the project's funds. */
export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    ...ownership(),
    date: date('date', { mode: 'string' }).notNull(),
    amount: money('amount').notNull(),
    category: text('category').notNull(),
    voucher: text('voucher'),
    fundSource: text('fund_source').$type<FundSource>(),
    createdAt: createdAt(),
  },
  (t) => [index('payments_project_date_idx').on(t.projectId, t.date)],
);

/** 支出明细 as stated by the evaluation (may disagree with the payments; the audit says so). */
export const expenses = pgTable(
  'expenses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    ...ownership(),
    position: integer('position').notNull(),
    category: text('category').notNull(),
    amount: money('amount').notNull(),
  },
  (t) => [index('expenses_project_idx').on(t.projectId)],
);

/** 绩效指标: a level-3 indicator of the project's evaluation, in framework order. */
export const indicators = pgTable(
  'indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    ...ownership(),
    /** Stable key within the project (the project file's indicator id). */
    key: text('key').notNull(),
    position: integer('position').notNull(),
    level1: text('level1').notNull(),
    level2: text('level2').notNull(),
    name: text('name').notNull(),
    weight: points('weight').notNull(),
    target: text('target'),
    actual: text('actual'),
    rule: text('rule'),
    formula: text('formula').$type<Formula>(),
    tier: text('tier').$type<QualitativeTier>(),
    manualScore: points('manual_score'),
    justification: text('justification'),
    deviationReason: text('deviation_reason'),
    /** 完成目标可能性 reported by the unit (monitoring form): certain / possible / impossible. */
    completionLikelihood: text('completion_likelihood').$type<CompletionLikelihood>(),
    /** 偏差原因类别: funding / institutional / staffing / hardware / other. */
    deviationCauseCategory: text('deviation_cause_category').$type<DeviationCauseCategory>(),
    evidence: jsonb('evidence').$type<string[]>().notNull().default([]),
    claimedScore: points('claimed_score'),
    claimedStatement: text('claimed_statement'),
    /** The core's score for the indicator, denormalised like the project's total. */
    score: points('score'),
    /** (actual − target) ÷ target from the core, exact to 6 decimals; null when not quantitative. */
    deviationRate: numeric('deviation_rate', { precision: 18, scale: 6 }),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('indicators_project_idx').on(t.projectId, t.position),
    // The dashboard's largest deviations walk this index instead of sorting every indicator.
    index('indicators_abs_deviation_idx')
      .on(sql`abs(${t.deviationRate}) desc`)
      .where(sql`${t.deviationRate} is not null`),
  ],
);

/** The evaluation of a project (one per project) with what its authors claimed. */
export const evaluations = pgTable('evaluations', {
  projectId: uuid('project_id')
    .primaryKey()
    .references(() => projects.id, { onDelete: 'cascade' }),
  ...ownership(),
  kind: text('kind').$type<EvaluationKind>().notNull(),
  /** A built-in framework id (JSON string) or a custom framework object, as in the project file. */
  framework: jsonb('framework').$type<EvaluationFile['framework']>().notNull(),
  evaluatedAt: date('evaluated_at', { mode: 'string' }),
  team: jsonb('team').$type<NonNullable<EvaluationFile['team']>>().notNull().default([]),
  claimedGroups: jsonb('claimed_groups').$type<NonNullable<Claimed['groups']>>().notNull().default([]),
  claimedDimensions: jsonb('claimed_dimensions').$type<NonNullable<Claimed['dimensions']>>().notNull().default([]),
  claimedTotalScore: points('claimed_total_score'),
  claimedGrade: text('claimed_grade'),
  /** draft → submitted (提交); a submitted evaluation is frozen. */
  status: text('status').$type<'draft' | 'submitted'>().notNull().default('draft'),
  submittedAt: timestamp('submitted_at', { withTimezone: true }),
  submittedBy: uuid('submitted_by'),
  /** The frozen record of the current submission (evaluation_snapshots); null while a draft. */
  snapshotId: uuid('snapshot_id'),
  updatedAt: updatedAt(),
});
