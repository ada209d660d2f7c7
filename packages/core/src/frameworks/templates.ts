import { Decimal } from '../money/decimal.js';
import type { EvaluationFramework, FrameworkDimension } from './framework.js';
import { NATIONAL_SETTINGS } from './settings.js';

const d = (value: string) => Decimal.from(value);

const OUTPUT_GROUPS = [
  { id: 'quantity', name: '产出数量' },
  { id: 'quality', name: '产出质量' },
  { id: 'timeliness', name: '产出时效' },
  { id: 'cost', name: '产出成本' },
] as const;

const BENEFIT_GROUPS = [
  { id: 'economic', name: '经济效益' },
  { id: 'social', name: '社会效益' },
  { id: 'ecological', name: '生态效益' },
  { id: 'sustainability', name: '可持续影响' },
] as const;

/**
 * 单位自评 (财预〔2020〕10号 第十一条 and the national self-evaluation sheet): 预算执行率 10,
 * 产出 50, 效益 30, 满意度 10. Execution is measured against the adjusted full-year budget and cost
 * caps score as 权重 × A ÷ B, as the published sheets instruct.
 */
export const SELF_EVALUATION_2020: EvaluationFramework = {
  id: 'self-evaluation-2020',
  name: '项目支出绩效自评（财预〔2020〕10号）',
  kind: 'selfEvaluation',
  basis: '财预〔2020〕10号 第十一条；项目支出绩效自评表',
  totalWeight: d('100'),
  dimensions: [
    { id: 'budgetExecution', name: '预算执行率', weight: d('10'), groups: [{ id: 'budgetExecution', name: '预算执行率', weight: d('10') }] },
    { id: 'output', name: '产出指标', weight: d('50'), groups: OUTPUT_GROUPS },
    { id: 'benefit', name: '效益指标', weight: d('30'), groups: BENEFIT_GROUPS },
    { id: 'satisfaction', name: '满意度指标', weight: d('10'), groups: [{ id: 'satisfaction', name: '服务对象满意度' }] },
  ],
  settings: {
    ...NATIONAL_SETTINGS,
    executionRateBase: 'adjustedBudget',
    defaultRules: { ...NATIONAL_SETTINGS.defaultRules, lte: 'lowerIsBetterRatio', lt: 'lowerIsBetterRatio' },
  },
};

const DEPARTMENT_DIMENSIONS: readonly FrameworkDimension[] = [
  {
    id: 'decision',
    name: '决策',
    weight: d('20'),
    groups: [
      { id: 'projectApproval', name: '项目立项' },
      { id: 'performanceGoal', name: '绩效目标' },
      { id: 'fundInput', name: '资金投入' },
    ],
  },
  {
    id: 'process',
    name: '过程',
    weight: d('20'),
    groups: [
      { id: 'fundManagement', name: '资金管理' },
      { id: 'implementation', name: '组织实施' },
    ],
  },
  { id: 'output', name: '产出', weight: d('30'), groups: OUTPUT_GROUPS },
  { id: 'benefit', name: '效益', weight: d('30'), groups: [...BENEFIT_GROUPS, { id: 'satisfaction', name: '满意度' }] },
];

/**
 * 部门评价 over 决策 / 过程 / 产出 / 效益 (财预〔2020〕10号 附件1 共性指标框架), weighted 20/20/30/30 as
 * in the sample report of 昌吉州党委政法委; 产出 + 效益 must reach 60% (第二十三条).
 */
export const DEPARTMENT_EVALUATION_2020: EvaluationFramework = {
  id: 'department-evaluation-2020',
  name: '部门评价（决策/过程/产出/效益 20/20/30/30）',
  kind: 'departmentEvaluation',
  basis: '财预〔2020〕10号 附件1；第二十三条',
  totalWeight: d('100'),
  dimensions: DEPARTMENT_DIMENSIONS,
  settings: { ...NATIONAL_SETTINGS, minOutputBenefitShare: d('0.6') },
};

/** 财政评价: the same tree, run by the finance bureau. */
export const FINANCE_EVALUATION_2020: EvaluationFramework = {
  ...DEPARTMENT_EVALUATION_2020,
  id: 'finance-evaluation-2020',
  name: '财政评价（决策/过程/产出/效益 20/20/30/30）',
  kind: 'financeEvaluation',
};

export const BUILT_IN_FRAMEWORKS: readonly EvaluationFramework[] = [SELF_EVALUATION_2020, DEPARTMENT_EVALUATION_2020, FINANCE_EVALUATION_2020];

export function builtInFramework(id: string): EvaluationFramework | undefined {
  return BUILT_IN_FRAMEWORKS.find((f) => f.id === id);
}
