import { describe, expect, it } from 'vitest';
import type { ProjectStatus } from '../../data/shapes.js';
import type { ProjectMetric } from '../../intents/intent.js';
import { MAX_DETAIL_LINES, projectMetricReply } from '../project-reply.js';

const status: ProjectStatus = {
  id: 'p01',
  name: '综治工作经费',
  unitName: '昌吉州党委政法委',
  fiscalYear: 2022,
  budgetAmount: '1000000.00',
  receivedAmount: '800000.00',
  spentAmount: '728160.00',
  executionRate: '91.02',
  fundingRate: '80.00',
  timeProgress: '100.00',
  asOf: '2022-12-31',
  alert: 'amber',
  alertReasons: ['执行率低于序时进度'],
  totalScore: '92.5',
  grade: 'excellent',
  derivations: [{ indicator: '产出 › 数量 › 宣传次数', score: '10', weight: '10', explanation: '目标 ≥2次，实际 3次' }],
  claimedScore: '95.5',
  indicators: [],
  expenses: [{ category: '宣传费', amount: '120000.00' }],
  auditFindings: [{ severity: 'error', message: '自评总分 95.50 分与按指标重算的 92.50 分不一致' }],
  dashboardUrl: 'https://jixiao.example/projects/p01',
};

/** The first line of every answer is the asked number (issue 5: "the number first"). */
const FIRST_LINES: readonly (readonly [ProjectMetric, string])[] = [
  ['overview', '预算执行率 91.02%（已支出 72.82 万元 ÷ 资金到位 80.00 万元）'],
  ['executionRate', '预算执行率 91.02%（已支出 72.82 万元 ÷ 资金到位 80.00 万元）'],
  ['fundingRate', '资金到位率 80.00%（资金到位 80.00 万元 ÷ 全年预算 100.00 万元）'],
  ['budget', '全年预算 100.00 万元'],
  ['spent', '已支出 72.82 万元'],
  ['remaining', '尚未支出 27.18 万元（全年预算减已支出）'],
  ['timeProgress', '序时进度 100.00%，执行率低于序时进度 8.98 个百分点'],
  ['deviation', '序时进度 100.00%，执行率低于序时进度 8.98 个百分点'],
  ['alert', '监控预警：黄灯'],
  ['whyAlert', '亮黄灯的原因：'],
  ['score', '总分 92.50 分，评级「优」（按各项指标得分重算）'],
  ['grade', '总分 92.50 分，评级「优」（按各项指标得分重算）'],
  ['selfScore', '自评总分 95.50 分'],
  ['lostPoints', '各项指标均为满分，没有扣分。'],
  ['failedIndicators', '绩效指标均已达标。'],
  ['indicatorDeviations', '各项指标的实际完成值均达到目标，没有偏差。'],
  ['auditFindings', '审核发现 1 个问题：'],
];

describe('projectMetricReply', () => {
  it.each(FIRST_LINES)('answers %s with the number first', (metric, first) => {
    const reply = projectMetricReply(metric, status);
    expect(reply.title).toBe('综治工作经费（2022年）');
    expect(reply.lines[0]).toBe(first);
    expect(reply.lines.at(-1)).toBe('数据截至 2022-12-31');
    expect(reply.link).toEqual({ text: '在绩效看板中查看', url: 'https://jixiao.example/projects/p01' });
    expect(reply.alert).toBe('amber');
  });

  it('gives money context for rate questions and the derivation for score questions', () => {
    expect(projectMetricReply('executionRate', status).lines).toContain('全年预算 100.00 万元，资金到位 80.00 万元，已支出 72.82 万元');
    expect(projectMetricReply('score', status).lines).toEqual([
      '总分 92.50 分，评级「优」（按各项指标得分重算）',
      '自评总分 95.50 分，自评分比重算分高 3.00 分',
      '另有 1 项指标满分',
      '回复“详细”查看全部明细',
      '数据截至 2022-12-31',
    ]);
    expect(projectMetricReply('score', status, { detail: true }).lines).toEqual([
      '总分 92.50 分，评级「优」（按各项指标得分重算）',
      '自评总分 95.50 分，自评分比重算分高 3.00 分',
      '得分依据：',
      '· 产出 › 数量 › 宣传次数：10/10 分（目标 ≥2次，实际 3次）',
      '数据截至 2022-12-31',
    ]);
  });

  it('compares the claimed score with the recomputed one', () => {
    expect(projectMetricReply('selfScore', status).lines.slice(0, 3)).toEqual([
      '自评总分 95.50 分',
      '总分 92.50 分，评级「优」（按各项指标得分重算）',
      '自评分比重算分高 3.00 分',
    ]);
    expect(projectMetricReply('selfScore', { ...status, claimedScore: '92.50' }).lines[2]).toBe('自评分与重算分一致。');
    expect(projectMetricReply('selfScore', { ...status, claimedScore: null }).lines[0]).toBe('评价中没有填写自评总分。');
  });

  it('answers one indicator by what it measures, and one expense line without claiming to know its budget', () => {
    const indicators = [
      { name: '群众满意度', target: '≥90%', actual: '85%', score: '8', weight: '10', meetsTarget: false, deviationRate: '-5.56', deviationReason: '回访样本偏少' },
      { name: '开展平安创建督导次数', target: '≥12次', actual: '15次', score: '10', weight: '10', meetsTarget: true, deviationRate: '25.00', deviationReason: null },
    ];
    expect(projectMetricReply('indicator', { ...status, indicators }, { aspect: '满意' }).lines[0]).toBe(
      '· 群众满意度：目标 ≥90%，实际 85%（未达标，偏差率 -5.56%，得分 8.00/10.00 分）',
    );
    expect(projectMetricReply('indicator', { ...status, indicators }, { aspect: '次' }).lines[0]).toContain('开展平安创建督导次数：目标 ≥12次，实际 15次（已达标');
    expect(projectMetricReply('indicator', { ...status, indicators }, { aspect: '知晓率' }).lines[0]).toBe('这个项目的绩效指标中没有与「知晓率」相符的指标。');
    expect(projectMetricReply('indicatorDeviations', { ...status, indicators }).lines.slice(0, 2)).toEqual([
      '有偏差的指标 1 项（实际与目标不符）：',
      '· 群众满意度：目标 ≥90%，实际 85%（未达标，偏差率 -5.56%，得分 8.00/10.00 分）\n  偏差原因：回访样本偏少',
    ]);
    expect(projectMetricReply('expense', status, { aspect: '宣传费' }).lines.slice(0, 2)).toEqual([
      '宣传费已支出 12.00 万元（评价填报的支出明细）',
      '预算未按支出明细分列，无法判断这一项是否超支。',
    ]);
    expect(projectMetricReply('expense', status, { aspect: '印刷费' }).lines[0]).toBe('这个项目的支出明细中没有「印刷费」。');
  });

  it('lists the indicators that lost points before those with full marks', () => {
    const derivations = [
      { indicator: '决策 › 项目立项 › 立项依据充分性', score: '3.00', weight: '3.00', explanation: '达成' },
      { indicator: '过程 › 资金管理 › 预算执行率', score: '4.55', weight: '5.00', explanation: '5 × 91.02% = 4.55' },
      { indicator: '产出 › 成本 › 宣传费', score: '0.00', weight: '1.25', explanation: '超过上限' },
    ];
    expect(projectMetricReply('score', { ...status, derivations }).lines.slice(3, 6)).toEqual([
      '· 过程 › 资金管理 › 预算执行率：4.55/5.00 分（5 × 91.02% = 4.55）',
      '· 产出 › 成本 › 宣传费：0.00/1.25 分（超过上限）',
      '另有 1 项指标满分',
    ]);
    expect(projectMetricReply('score', { ...status, derivations }, { detail: true }).lines.slice(3, 6)).toEqual([
      '· 过程 › 资金管理 › 预算执行率：4.55/5.00 分（5 × 91.02% = 4.55）',
      '· 产出 › 成本 › 宣传费：0.00/1.25 分（超过上限）',
      '· 决策 › 项目立项 › 立项依据充分性：3.00/3.00 分（达成）',
    ]);
  });

  it('handles missing rates and cuts long detail lists', () => {
    const empty = { ...status, executionRate: null, fundingRate: null, receivedAmount: '0' };
    expect(projectMetricReply('executionRate', empty).lines[0]).toBe('预算执行率：资金尚未到位，无法计算');
    expect(projectMetricReply('fundingRate', empty).lines[0]).toBe('资金到位率：预算为零，无法计算');
    expect(projectMetricReply('deviation', empty).lines[0]).toBe('序时进度 100.00%');
    const many = Array.from({ length: 12 }, (_, i) => ({ name: `指标${i}`, target: '≥1', actual: '0', score: '0', weight: '1', meetsTarget: false, deviationRate: '-100.00', deviationReason: null }));
    const lines = projectMetricReply('failedIndicators', { ...status, indicators: many }).lines;
    expect(lines[0]).toBe('未达标指标 12 项');
    expect(lines.filter((l) => l.startsWith('· '))).toHaveLength(MAX_DETAIL_LINES - 1);
    expect(lines).toContain('……另有 5 项，请在看板中查看');
    expect(projectMetricReply('failedIndicators', { ...status, indicators: many }, { detail: true }).lines.filter((l) => l.startsWith('· '))).toHaveLength(12);
  });

  it('says equal when execution matches time progress, and above when ahead', () => {
    expect(projectMetricReply('deviation', { ...status, executionRate: '100.00' }).lines[0]).toBe('序时进度 100.00%，执行率与序时进度持平');
    expect(projectMetricReply('deviation', { ...status, timeProgress: '87.4' }).lines[0]).toBe('序时进度 87.40%，执行率高于序时进度 3.62 个百分点');
    expect(projectMetricReply('whyAlert', { ...status, alert: 'green', alertReasons: [] }).lines[0]).toBe('当前为绿灯，执行正常，没有预警。');
  });
});
