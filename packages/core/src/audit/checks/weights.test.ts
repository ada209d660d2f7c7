import { describe, expect, it } from 'vitest';
import { Decimal } from '../../money/decimal.js';
import { consistentProject, framework } from '../../testing/project-builder.js';
import { auditProject } from '../audit-project.js';

const d = (value: number) => Decimal.from(value);

describe('framework.weights and framework.outputBenefitShare', () => {
  it('reports indicator weights that do not add up, at the framework path', () => {
    const list = auditProject(consistentProject({ indicators: [{ weight: 50, claimedScore: 50 }], claims: { dimensions: [{ level1: 'output', score: d(90) }], totalScore: d(90) } }))?.findings ?? [];
    expect(list.filter((f) => f.code.startsWith('framework.')).map((f) => [f.code, f.severity, f.path, f.claimed?.toString(), f.computed?.toString()])).toEqual([
      ['framework.weights', 'error', 'evaluation.framework.dimensions[output]', '90', '100'],
    ]);
  });

  it('reports an indicator outside the framework at the indicator path', () => {
    const list = auditProject(consistentProject({ indicators: [{}, {}, { level1: 'benefit', level2: 'social', weight: 0 }] }))?.findings ?? [];
    expect(list.filter((f) => f.code.startsWith('framework.')).map((f) => f.path)).toEqual(['evaluation.indicators[2].level1']);
  });

  it('reports 产出 + 效益 below 60% as its own code', () => {
    const lopsided = framework({
      settings: { minOutputBenefitShare: Decimal.from('0.6') },
      dimensions: [
        { id: 'decision', name: '决策', weight: d(50), groups: [{ id: 'projectApproval', name: '项目立项' }] },
        { id: 'output', name: '产出', weight: d(50), groups: [{ id: 'quantity', name: '产出数量' }, { id: 'cost', name: '产出成本' }] },
      ],
    });
    const list = auditProject(consistentProject({ framework: lopsided, indicators: [{ weight: 10, claimedScore: 10 }, {}, { level1: 'decision', level2: 'projectApproval', weight: 50, tier: 'achieved', claimedScore: 50, evidence: ['批复'] }] }))?.findings ?? [];
    expect(list.filter((f) => f.code.startsWith('framework.')).map((f) => [f.code, f.path])).toEqual([['framework.outputBenefitShare', 'evaluation.framework.dimensions']]);
  });

  it('framework.incomplete: weights short of their level in an evaluation without a claimed total, said as a part not read', () => {
    // The published 临翔 and 宣城 pages stop before their 满意度 rows and 总分: 产出 24 of its printed 50.
    const cut = consistentProject({ indicators: [{ weight: 20, claimedScore: 20 }, { weight: 4, claimedScore: 4 }], claims: { dimensions: [], totalScore: undefined, grade: undefined } });
    const list = auditProject(cut)?.findings.filter((f) => f.code.startsWith('framework.')) ?? [];
    expect(list.map((f) => [f.code, f.severity, f.path, f.claimed?.toString(), f.computed?.toString()])).toEqual([['framework.incomplete', 'warning', 'evaluation.framework.dimensions[output]', '24', '100']]);
    expect(list[0]?.message).toBe('“产出”下三级指标分值合计 24，应为 100：评价中没有自评总分，指标可能未列全（如表格被截断），缺少的部分未计入重算；若表格完整，则分值设置有误');
  });

  it('keeps weights above their level, or short of it beside a claimed total, as errors', () => {
    const over = consistentProject({ indicators: [{ weight: 80, claimedScore: 80 }], claims: { dimensions: [], totalScore: undefined, grade: undefined } });
    expect(auditProject(over)?.findings.filter((f) => f.code.startsWith('framework.')).map((f) => [f.code, f.severity])).toEqual([['framework.weights', 'error']]);
    const short = consistentProject({ indicators: [{ weight: 20, claimedScore: 20 }], claims: { dimensions: [], totalScore: d(60) } });
    expect(auditProject(short)?.findings.filter((f) => f.code.startsWith('framework.')).map((f) => [f.code, f.severity])).toEqual([['framework.weights', 'error']]);
  });
});
