import {
  COMPLETION_LIKELIHOOD_LABELS,
  DEVIATION_CAUSE_CATEGORY_LABELS,
  TIER_LABELS,
  type EvaluationKind,
  type FundSource,
} from '@jixiao/core';
import type { ProjectAggregate } from '../projects/project-aggregate.js';

/** One field of a project as 变更记录 shows it: a Chinese label and the value as display text. */
export interface HistoryField {
  readonly label: string;
  readonly value: string | null;
}

/** A project flattened into its fields, keyed by a stable path (`indicators.<key>.actual`). */
export type HistoryFields = ReadonlyMap<string, HistoryField>;

/** The core's recomputed 总分 and 评级, which history shows beside the inputs that moved them. */
export interface DerivedScores {
  readonly totalScore: string | null;
  readonly grade: string | null;
}

const FUND_SOURCE_LABELS: Readonly<Record<FundSource, string>> = { fiscal: '财政资金', carryOver: '上年结转', other: '其他资金' };
const KIND_LABELS: Readonly<Record<EvaluationKind, string>> = {
  selfEvaluation: '单位自评',
  departmentEvaluation: '部门评价',
  financeEvaluation: '财政评价',
};
const STATUS_LABELS = { draft: '草稿', submitted: '已提交' } as const;
const GRADE_LABELS: Readonly<Record<string, string>> = { excellent: '优', good: '良', fair: '中', poor: '差' };

/**
 * Every field a write can change, so that one diff of the project before and after a write gives
 * its history rows, whatever mutation made it. Rows are keyed by what identifies them to a user
 * (fund source, indicator key, payment id), never by position, so a reorder is not a change.
 */
export function historyFields(aggregate: ProjectAggregate, scores: DerivedScores): HistoryFields {
  const fields = new Map<string, HistoryField>();
  const put = (path: string, label: string, value: string | null | undefined) => fields.set(path, { label, value: value ?? null });
  const { project, evaluation } = aggregate;

  put('name', '项目名称', project.name);
  put('code', '项目编码', project.code);
  put('supervisingDepartment', '主管部门', project.supervisingDepartment);
  put('fundingDocument', '资金文件', project.fundingDocument);
  put('goals.overall', '总体目标', project.goalOverall);
  put('goals.phases', '阶段性目标', joined(project.goalPhases));

  for (const line of aggregate.budgetLines) {
    const source = FUND_SOURCE_LABELS[line.fundSource];
    put(`budget.lines.${line.fundSource}.budgetAmount`, `预算（${source}）·年初预算数`, yuan(line.budgetAmount));
    put(`budget.lines.${line.fundSource}.adjustedBudgetAmount`, `预算（${source}）·全年预算数`, yuan(line.adjustedBudgetAmount));
    put(`budget.lines.${line.fundSource}.receivedAmount`, `预算（${source}）·实际到位`, yuan(line.receivedAmount));
  }
  put('budget.spentAmount', '实际支出（填报）', project.statedSpentAmount === null ? null : yuan(project.statedSpentAmount));
  put('budget.asOf', '截至日期', project.asOf);
  put('budget.expenses', '支出明细', joined(aggregate.expenses.map((e) => `${e.category} ${yuan(e.amount)}`)));
  for (const payment of aggregate.payments) {
    const voucher = payment.voucher ? ` 凭证${payment.voucher}` : '';
    put(`payments.${payment.id}`, '支付', `${payment.date} ${payment.category} ${yuan(payment.amount)}${voucher}`);
  }

  for (const row of aggregate.indicators) {
    const at = `indicators.${row.key}`;
    const named = `指标「${row.name}」`;
    put(at, named, `${row.level1} / ${row.level2} / ${row.name}`);
    put(`${at}.weight`, `${named}·分值`, row.weight);
    put(`${at}.target`, `${named}·指标值`, row.target);
    put(`${at}.rule`, `${named}·评分规则`, row.rule);
    put(`${at}.formula`, `${named}·计算公式`, row.formula);
    put(`${at}.actual`, `${named}·实际完成值`, row.actual);
    put(`${at}.deviationReason`, `${named}·偏差原因`, row.deviationReason);
    put(`${at}.deviationCauseCategory`, `${named}·偏差原因类别`, row.deviationCauseCategory && DEVIATION_CAUSE_CATEGORY_LABELS[row.deviationCauseCategory]);
    put(`${at}.completionLikelihood`, `${named}·完成目标可能性`, row.completionLikelihood && COMPLETION_LIKELIHOOD_LABELS[row.completionLikelihood]);
    put(`${at}.evidence`, `${named}·佐证材料`, joined(row.evidence));
    put(`${at}.tier`, `${named}·定性档次`, row.tier && TIER_LABELS[row.tier]);
    put(`${at}.manualScore`, `${named}·评定得分`, row.manualScore);
    put(`${at}.justification`, `${named}·评分理由`, row.justification);
    put(`${at}.claimedScore`, `${named}·自评得分`, row.claimedScore);
    put(`${at}.claimedStatement`, `${named}·自评说明`, row.claimedStatement);
  }

  if (evaluation) {
    put('evaluation.kind', '评价类型', KIND_LABELS[evaluation.kind]);
    put('evaluation.framework', '评价体系', typeof evaluation.framework === 'string' ? evaluation.framework : JSON.stringify(evaluation.framework));
    put('evaluation.evaluatedAt', '评价日期', evaluation.evaluatedAt);
    put('evaluation.claimedTotalScore', '自评总分', evaluation.claimedTotalScore);
    put('evaluation.claimedGrade', '自评评级', evaluation.claimedGrade);
    put('evaluation.status', '评价状态', STATUS_LABELS[evaluation.status]);
  }
  put('totalScore', '总分（重算）', scores.totalScore);
  put('grade', '评级（重算）', scores.grade === null ? null : (GRADE_LABELS[scores.grade] ?? scores.grade));
  return fields;
}

function yuan(amount: string): string {
  return `${amount}元`;
}

function joined(items: readonly string[]): string | null {
  return items.length === 0 ? null : items.join('；');
}
