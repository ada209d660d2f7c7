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
});
