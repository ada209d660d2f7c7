import { describe, expect, it } from 'vitest';
import { consistentProject, type IndicatorSpec } from '../../testing/project-builder.js';
import { auditProject } from '../audit-project.js';

const REASON = '电信链路费部分由机关大楼保障、受疫情影响开展调研指导工作次数有所减少，故本年度资金执行率存在偏差';

function contradictions(indicators: readonly IndicatorSpec[]) {
  return (auditProject(consistentProject({ indicators }))?.findings ?? []).filter((f) => f.code === 'reason.contradicts');
}

describe('reason.contradicts: a reason explaining a shortfall the numbers do not show', () => {
  it('finds “次数有所减少” where every count indicator met its target', () => {
    const list = contradictions([{ actual: '3次', target: '≥2次', name: '组织力量开展检查督导次数' }, { deviationReason: REASON, name: '宣传费' }]);
    expect(list.map((f) => [f.severity, f.path, f.claimed, f.computed])).toEqual([['warning', 'evaluation.indicators[1].deviationReason', '受疫情影响开展调研指导工作次数有所减少', '3次']]);
    expect(list[0]?.message).toBe('“宣传费”的偏差原因称“受疫情影响开展调研指导工作次数有所减少”，但按同一计量单位统计的指标均已达到指标值：“组织力量开展检查督导次数”实际 3次（指标值 ≥2次）');
  });

  it('says nothing when one count indicator did fall short: the reason may be about it', () => {
    const list = contradictions([
      { actual: '3次', target: '≥2次', name: '督导次数' },
      { actual: '1次', target: '≥2次', name: '培训次数', weight: 0, level2: 'quantity' },
      { deviationReason: REASON, name: '宣传费' },
    ]);
    expect(list).toEqual([]);
  });

  it('says nothing about reasons naming no count, or a measure no indicator counts in', () => {
    expect(contradictions([{ actual: '3次', target: '≥2次' }, { deviationReason: '受疫情影响，支出有所减少', name: '宣传费' }])).toEqual([]);
    expect(contradictions([{ actual: '3次', target: '≥2次' }, { deviationReason: '受疫情影响，参训人数有所减少', name: '宣传费' }])).toEqual([]);
  });
});
