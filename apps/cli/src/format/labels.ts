import type { EvaluationFramework, EvaluationKind, Severity } from '@jixiao/core';

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', info: '提示' };

export const EVALUATION_KIND_LABELS: Readonly<Record<EvaluationKind, string>> = {
  selfEvaluation: '单位自评',
  departmentEvaluation: '部门评价',
  financeEvaluation: '财政评价',
};

/** 一级 / 二级指标 names by id, for tables that show an indicator's place in the framework. */
export function levelNames(framework: EvaluationFramework, level1: string, level2: string): { level1: string; level2: string } {
  const dimension = framework.dimensions.find((d) => d.id === level1);
  return { level1: dimension?.name ?? level1, level2: dimension?.groups.find((g) => g.id === level2)?.name ?? level2 };
}
