import type { ImportPreview } from '../documents/import-preview';

const money = (yuan: string, wanYuan: string) => ({ yuan, wanYuan, text: `${wanYuan}万元` });

/** The shape POST /documents/preview answers for the sample report (abridged), for component tests. */
export function samplePreview(overrides: Partial<ImportPreview> = {}): ImportPreview {
  return {
    fileName: '综治工作经费绩效评价报告.txt',
    source: 'txt',
    file: {
      project: { name: '综治工作经费', fiscalYear: 2022, unit: { name: '昌吉州党委政法委' }, region: { code: '652300', name: '昌吉回族自治州' } },
    } as unknown as ImportPreview['file'],
    unplaced: [{ text: '项目组织管理较为规范', reason: '没有可识别的指标、金额或得分' }],
    budget: {
      budgetAmount: money('1000000.00', '100.00'),
      receivedAmount: money('1000000.00', '100.00'),
      spentAmount: money('910200.00', '91.02'),
      executionRate: { percent: '91.02', text: '91.02%' },
    },
    scoreCard: {
      frameworkName: '项目支出绩效自评',
      totalScore: '98.30',
      grade: 'excellent',
      gradeLabel: '优',
      dimensions: [
        { id: 'decision', name: '决策', weight: '20', score: '20', claimedScore: '20' },
        { id: 'process', name: '过程', weight: '20', score: '19.55', claimedScore: '19.56' },
        { id: 'output', name: '产出', weight: '30', score: '28.75', claimedScore: '29.1' },
        { id: 'benefit', name: '效益', weight: '30', score: '30', claimedScore: '30' },
      ],
    },
    claimed: { totalScore: '98.66', grade: '优秀' },
    auditFindings: [
      { code: 'info.x', severity: 'info', message: '提示一条', path: 'x', claimed: null, computed: null },
      { code: 'score.mismatch', severity: 'error', message: '“预算执行率”报告得分 4.56，按规则应为 4.55', path: 'evaluation.indicators[7].claimed.score', claimed: '4.56', computed: '4.55' },
      { code: 'total.mismatch', severity: 'error', message: '总分报告为 98.66，按各项得分合计应为 98.30', path: 'evaluation.claimed.totalScore', claimed: '98.66', computed: '98.30' },
    ],
    duplicateOf: null,
    ...overrides,
  };
}
