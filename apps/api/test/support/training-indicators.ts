/**
 * The indicators of a small 法治宣传培训 project's self-evaluation, one per group of the national
 * 2020 framework: the evaluation input the mutation and lifecycle e2e tests store and score.
 */
export const INDICATORS = [
  { level1: 'budgetExecution', level2: 'budgetExecution', name: '预算执行率', weight: '10', formula: 'executionRate', deviationReason: '年中监控，按进度支付。' },
  { level1: 'output', level2: 'quantity', name: '培训场次', weight: '20', target: '≥10次', actual: '10次' },
  { level1: 'output', level2: 'quality', name: '培训合格率', weight: '10', target: '≥90%', actual: '95%' },
  { level1: 'output', level2: 'timeliness', name: '按期完成率', weight: '10', target: '≥90%', actual: '100%' },
  { level1: 'output', level2: 'cost', name: '培训成本', weight: '10', target: '≤20万元', actual: '8万元' },
  { level1: 'benefit', level2: 'social', name: '群众法治意识', weight: '15', target: '逐步提高', actual: '逐步提高' },
  { level1: 'benefit', level2: 'sustainability', name: '长效机制', weight: '15', target: '逐步提高', actual: '逐步提高' },
  { level1: 'satisfaction', level2: 'satisfaction', name: '群众满意度', weight: '10', target: '≥90%', actual: '96%' },
];
