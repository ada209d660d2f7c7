import type { AuditReport, BudgetFigures, Project, ScoreCard } from '@jixiao/core';

/** What every section reads from: the project, its recomputed card, the audit and the charts. */
export interface ReportContext {
  readonly project: Project;
  readonly card: ScoreCard;
  readonly audit: AuditReport;
  readonly figures: BudgetFigures;
  readonly charts: {
    readonly execution?: Uint8Array;
    readonly scores?: Uint8Array;
    readonly deviations?: Uint8Array;
  };
}

/** “2022年” for the prose, or nothing when the document did not state its year. */
export function yearText(fiscalYear: number | undefined): string {
  return fiscalYear === undefined ? '' : `${fiscalYear}年`;
}

export const KIND_LABELS = { selfEvaluation: '单位自评', departmentEvaluation: '部门评价', financeEvaluation: '财政评价' } as const;
export const ROLE_LABELS = { lead: '组长', deputyLead: '副组长', member: '成员' } as const;
export const SEVERITY_LABELS = { error: '错误', warning: '警告', info: '提示' } as const;
export const FUND_SOURCE_LABELS = { fiscal: '财政资金', carryOver: '上年结转资金', other: '其他资金' } as const;
