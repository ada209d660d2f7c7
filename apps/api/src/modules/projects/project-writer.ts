import { Decimal } from '@jixiao/core';
import { eq, sql } from 'drizzle-orm';
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import { ApiError, ApiErrorCode } from '../../common/errors/api-error.js';
import { deviationRateValue, moneyValue, pointsValue, totalValue } from '../../common/validation/decimal-columns.js';
import type { Db } from '../../database/database.types.js';
import { budgetLines, evaluations, expenses, indicators, payments, projects } from '../../database/schema/index.js';
import { analyseProjectFile, summarise, type ProjectAnalysis, type ProjectSummary } from '../analysis/project-analysis.js';
import type { DerivedScores } from '../history/project-history-fields.js';
import type { ProjectAggregate } from './project-aggregate.js';
import { loadProjectAggregates } from './project-aggregate.repository.js';
import { toProjectFile } from './project-file.mapper.js';
import { refreshUnitYearStats } from './unit-year-stats.js';

/** Where a new project belongs. */
export interface ProjectOwner {
  readonly unitId: string;
  readonly regionCode: string;
}

export interface NewProject {
  readonly analysis: ProjectAnalysis;
  readonly owner: ProjectOwner;
  readonly synthetic: boolean;
  /** The imported file's content hash (duplicate detection); absent for generated projects. */
  readonly importHash?: string;
}

/** Rows per multi-row INSERT: well below PostgreSQL's 65,535 parameters for our widest table. */
const CHUNK = 1_000;

/**
 * Writes whole analysed projects (import, demo data) with multi-row inserts. Call inside a
 * transaction: a failure part-way leaves nothing behind.
 */
export async function insertProjects(db: Db, items: readonly NewProject[]): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < items.length; start += CHUNK) {
    // The core's summary is computed once per project and feeds the project and indicator rows.
    const chunk = items.slice(start, start + CHUNK).map((item) => ({ ...item, summary: summarise(item.analysis) }));
    const inserted = await db
      .insert(projects)
      .values(chunk.map(projectRow))
      .returning({ id: projects.id });
    const children = chunk.map((item, index) => {
      const projectId = inserted[index]?.id;
      if (projectId === undefined) throw new Error('INSERT … RETURNING answered fewer rows than inserted');
      return { item, projectId };
    });
    await insertChunked(db, budgetLines, children.flatMap(({ item, projectId }) => budgetLineRows(item, projectId)));
    await insertChunked(db, payments, children.flatMap(({ item, projectId }) => paymentRows(item, projectId)));
    await insertChunked(db, expenses, children.flatMap(({ item, projectId }) => expenseRows(item, projectId)));
    await insertChunked(db, indicators, children.flatMap(({ item, projectId }) => indicatorRows(item, projectId)));
    await insertChunked(db, evaluations, children.flatMap(({ item, projectId }) => evaluationRows(item, projectId)));
    await refreshUnitYearStats(
      db,
      chunk.map((item) => ({ unitId: item.owner.unitId, fiscalYear: item.analysis.file.project.fiscalYear })),
    );
    ids.push(...inserted.map((row) => row.id));
  }
  return ids;
}

/** A stored project after {@link refreshProject}: what the core made of it and the rows it read. */
export interface RefreshedProject {
  readonly analysis: ProjectAnalysis;
  readonly aggregate: ProjectAggregate;
  /** The stored 总分 and 评级 after the refresh (a frozen evaluation's, while it is frozen). */
  readonly scores: DerivedScores;
}

/**
 * After a change to a stored project: re-reads it, has the core validate, score and audit it, and
 * stores the totals, score, grade and indicator scores. A change that leaves the project invalid
 * throws, and the caller's transaction rolls the change back.
 *
 * While the evaluation is submitted (it has a snapshot) the stored score, grade and indicator
 * scores stay those of the snapshot: lists and the dashboard keep showing what was submitted,
 * while the budget totals follow the live project (docs/decisions/0003-history-and-frozen-evaluations.md).
 */
export async function refreshProject(db: Db, projectId: string): Promise<RefreshedProject> {
  const aggregate = (await loadProjectAggregates(db, [projectId])).get(projectId);
  if (!aggregate) throw ApiError.notFound('项目');
  const result = analyseProjectFile(toProjectFile(aggregate));
  if (!result.ok) {
    const first = result.issues[0];
    throw new ApiError(ApiErrorCode.BadUserInput, `修改后的项目数据无效：${first?.message ?? '未知错误'}`, {
      ...(first ? { field: first.path } : {}),
      reason: 'invalidProject',
      issues: result.issues,
    });
  }
  const summary = summarise(result.analysis);
  assertDeviationsFit(summary);
  // A submitted evaluation's score and grade are its snapshot's (evaluation-snapshot.ts).
  const frozen = aggregate.snapshot !== undefined;
  const { totalScore, grade, ...storedColumns } = derivedColumns(summary);
  await db
    .update(projects)
    .set({ ...storedColumns, ...(frozen ? {} : { totalScore, grade }), updatedAt: sql`now()` })
    .where(eq(projects.id, projectId));
  if (aggregate.indicators.length > 0 && !frozen) {
    // One statement for all indicators rather than one round trip each.
    const values = sql.join(
      aggregate.indicators.map((row, index) => {
        const computed = derivedIndicatorColumns(summary, index, `indicators[${index}]`);
        return sql`(${row.id}::uuid, ${computed.score}::numeric, ${computed.deviationRate}::numeric)`;
      }),
      sql`, `,
    );
    await db.execute(sql`update ${indicators} set score = v.score, deviation_rate = v.rate
      from (values ${values}) as v(id, score, rate) where ${indicators.id} = v.id`);
  }
  await refreshUnitYearStats(db, [{ unitId: aggregate.project.unitId, fiscalYear: aggregate.project.fiscalYear }]);
  const scores = frozen
    ? { totalScore: aggregate.project.totalScore, grade: aggregate.project.grade }
    : { totalScore: summary.totalScore, grade: summary.grade };
  return { analysis: result.analysis, aggregate, scores };
}

/** numeric(18, 6): a deviation rate at or beyond 10¹² times the target is a typing slip, and would not fit. */
const DEVIATION_RATE_LIMIT = Decimal.from('1000000000000');

function assertDeviationsFit(summary: ProjectSummary): void {
  const index = summary.indicators.findIndex((i) => i.deviationRate !== null && Decimal.from(i.deviationRate).abs().gte(DEVIATION_RATE_LIMIT));
  if (index < 0) return;
  throw ApiError.badInput(`evaluation.indicators[${index}].actual`, 'tooLarge', '实际完成值与指标值相差过大（偏差率超出范围），请检查是否多输了位数');
}

async function insertChunked<T extends PgTable>(db: Db, table: T, rows: PgInsertValue<T>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await db.insert(table).values(rows.slice(start, start + CHUNK));
  }
}

type Summarised = NewProject & { readonly summary: ProjectSummary };

function projectRow({ analysis, owner, synthetic, importHash, summary }: Summarised): typeof projects.$inferInsert {
  const { file } = analysis;
  return {
    unitId: owner.unitId,
    regionCode: owner.regionCode,
    name: file.project.name,
    code: file.project.code ?? null,
    fiscalYear: file.project.fiscalYear,
    supervisingDepartment: file.project.supervisingDepartment ?? null,
    fundingDocument: file.project.fundingDocument ?? null,
    goalOverall: file.project.goals?.overall ?? null,
    goalPhases: file.project.goals?.phases ?? [],
    statedSpentAmount: file.budget.spentAmount === undefined ? null : moneyValue('budget.spentAmount', file.budget.spentAmount),
    asOf: file.budget.asOf ?? null,
    synthetic,
    importHash: importHash ?? null,
    ...derivedColumns(summary),
  };
}

/**
 * What the core computed for a project, as stored. Each input fits its column; sums and ratios of
 * them may not, and such a change is refused as bad input rather than failing in the database.
 */
function derivedColumns(summary: ProjectSummary) {
  const { indicatorColourMonths: months } = summary;
  return {
    budgetAmount: totalValue('budgetAmount', summary.budgetAmount),
    adjustedBudgetAmount: totalValue('adjustedBudgetAmount', summary.adjustedBudgetAmount),
    receivedAmount: totalValue('receivedAmount', summary.receivedAmount),
    spentAmount: totalValue('spentAmount', summary.spentAmount),
    totalScore: summary.totalScore === null ? null : pointsValue('totalScore', summary.totalScore),
    grade: summary.grade,
    asOfMonths: summary.asOfMonths,
    redFromMonths: summary.redFromMonths,
    amberFromMonths: summary.amberFromMonths,
    indicatorRedMonths: months.red,
    indicatorAmberMonths: months.amber,
    indicatorGreenMonths: months.green,
    indicatorBlueMonths: months.blue,
  };
}

function derivedIndicatorColumns(summary: ProjectSummary, index: number, path: string): { score: string | null; deviationRate: string | null } {
  const computed = summary.indicators[index];
  return {
    score: computed?.score == null ? null : pointsValue(`${path}.score`, computed.score),
    deviationRate: computed?.deviationRate == null ? null : deviationRateValue(`${path}.actual`, computed.deviationRate),
  };
}

function budgetLineRows({ analysis, owner }: NewProject, projectId: string): (typeof budgetLines.$inferInsert)[] {
  return analysis.file.budget.lines.map((line, i) => ({
    projectId,
    ...owner,
    fundSource: line.fundSource,
    budgetAmount: moneyValue(`budget.lines[${i}].budgetAmount`, line.budgetAmount),
    adjustedBudgetAmount: moneyValue(`budget.lines[${i}].adjustedBudgetAmount`, line.adjustedBudgetAmount ?? line.budgetAmount),
    receivedAmount: moneyValue(`budget.lines[${i}].receivedAmount`, line.receivedAmount),
  }));
}

function paymentRows({ analysis, owner }: NewProject, projectId: string): (typeof payments.$inferInsert)[] {
  return (analysis.file.budget.payments ?? []).map((payment, i) => ({
    projectId,
    ...owner,
    date: payment.date,
    amount: moneyValue(`budget.payments[${i}].amount`, payment.amount),
    category: payment.category,
    voucher: payment.voucher ?? null,
    fundSource: payment.fundSource ?? null,
  }));
}

function expenseRows({ analysis, owner }: NewProject, projectId: string): (typeof expenses.$inferInsert)[] {
  return (analysis.file.budget.expenses ?? []).map((expense, i) => ({
    projectId,
    ...owner,
    position: i,
    category: expense.category,
    amount: moneyValue(`budget.expenses[${i}].amount`, expense.amount),
  }));
}

function indicatorRows({ analysis, owner, summary }: Summarised, projectId: string): (typeof indicators.$inferInsert)[] {
  const loaded = analysis.project.evaluation?.indicators ?? [];
  return (analysis.file.evaluation?.indicators ?? []).map((raw, i) => {
    const path = `evaluation.indicators[${i}]`;
    return {
      projectId,
      ...owner,
      key: loaded[i]?.id ?? raw.id ?? `${raw.level1}/${raw.level2}/${raw.name}`,
      position: i,
      // The core resolved names such as 产出 to framework ids; store the ids.
      level1: loaded[i]?.level1 ?? raw.level1,
      level2: loaded[i]?.level2 ?? raw.level2,
      name: raw.name,
      weight: pointsValue(`${path}.weight`, raw.weight),
      target: raw.target ?? null,
      actual: raw.actual ?? null,
      rule: raw.rule ?? null,
      formula: raw.formula ?? null,
      tier: raw.tier ?? null,
      manualScore: raw.manualScore === undefined ? null : pointsValue(`${path}.manualScore`, raw.manualScore),
      justification: raw.justification ?? null,
      deviationReason: raw.deviationReason ?? null,
      completionLikelihood: raw.completionLikelihood ?? null,
      deviationCauseCategory: raw.deviationCauseCategory ?? null,
      evidence: raw.evidence ?? [],
      claimedScore: raw.claimed?.score === undefined ? null : pointsValue(`${path}.claimed.score`, raw.claimed.score),
      claimedStatement: raw.claimed?.statement ?? null,
      ...derivedIndicatorColumns(summary, i, path),
    };
  });
}

function evaluationRows({ analysis, owner }: NewProject, projectId: string): (typeof evaluations.$inferInsert)[] {
  const evaluation = analysis.file.evaluation;
  if (!evaluation) return [];
  const claimed = evaluation.claimed;
  return [
    {
      projectId,
      ...owner,
      kind: evaluation.kind,
      framework: evaluation.framework,
      evaluatedAt: evaluation.evaluatedAt ?? null,
      team: evaluation.team ?? [],
      claimedGroups: claimed?.groups ?? [],
      claimedDimensions: claimed?.dimensions ?? [],
      claimedTotalScore: claimed?.totalScore === undefined ? null : pointsValue('evaluation.claimed.totalScore', claimed.totalScore),
      claimedGrade: claimed?.grade ?? null,
    },
  ];
}
