/** The writes history records, with the Chinese name 变更记录 shows for each. */
export const HISTORY_OPERATIONS = {
  createProject: '创建项目',
  importProject: '导入项目',
  updateProject: '修改项目信息',
  setBudget: '设置预算',
  recordPayment: '登记支付',
  setIndicators: '设置指标',
  setIndicatorActual: '填报实际完成值',
  setIndicatorTier: '评定定性档次',
  scoreEvaluation: '填报评价得分',
  submitEvaluation: '提交评价',
  returnEvaluation: '退回评价',
} as const;

export type HistoryOperation = keyof typeof HISTORY_OPERATIONS;

export function operationLabel(operation: string): string {
  return (HISTORY_OPERATIONS as Readonly<Record<string, string>>)[operation] ?? operation;
}
