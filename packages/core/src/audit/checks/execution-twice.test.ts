import { describe, expect, it } from 'vitest';
import { consistentProject, framework } from '../../testing/project-builder.js';
import { Decimal } from '../../money/decimal.js';
import { auditProject } from '../audit-project.js';

const withExecution = framework({
  dimensions: [
    { id: 'budgetExecution', name: '预算执行率', weight: Decimal.from(10), groups: [{ id: 'budgetExecution', name: '预算执行率' }] },
    { id: 'output', name: '产出', weight: Decimal.from(90), groups: [{ id: 'quantity', name: '产出数量' }, { id: 'cost', name: '产出成本' }] },
  ],
});

describe('framework.executionCountedTwice', () => {
  it('names an indicator scoring budget execution beside the funds block’s 预算执行率 (file 24)', () => {
    const twice = consistentProject({
      framework: withExecution,
      indicators: [{ weight: 20, claimedScore: 20 }, { weight: 40, claimedScore: 40 }, { name: '预算执行率', weight: 30, target: '100%', actual: '100%', claimedScore: 30 }, { level1: 'budgetExecution', level2: 'budgetExecution', name: '预算执行率', weight: 10, formula: 'executionRate', claimedScore: 10 }],
    });
    const list = (auditProject(twice)?.findings ?? []).filter((f) => f.code === 'framework.executionCountedTwice');
    expect(list.map((f) => [f.severity, f.path, f.message])).toEqual([
      ['warning', 'evaluation.indicators[2]', '“预算执行率”（分值 30.00）又把预算执行情况作为一项指标计分，而资金情况一栏的预算执行率已计 10.00 分：同一项支出在总分中计了两次'],
    ]);
  });

  it('is silent when execution is scored once', () => {
    const once = consistentProject({ indicators: [{}, {}, { name: '预算资金执行率', weight: 0 }] });
    expect((auditProject(once)?.findings ?? []).filter((f) => f.code === 'framework.executionCountedTwice')).toEqual([]);
  });
});
