import { describe, expect, it } from 'vitest';
import type { Project } from '../../evaluation/evaluation.js';
import { Decimal } from '../../money/decimal.js';
import { consistentProject, framework } from '../../testing/project-builder.js';
import { auditProject } from '../audit-project.js';

function scoreRate(p: Project) {
  return (auditProject(p)?.findings ?? []).filter((f) => f.code === 'monitoring.scoreRateOverExecution');
}

describe('monitoring.scoreRateOverExecution', () => {
  it('flags results at 100% while only half the money was spent', () => {
    const list = scoreRate(consistentProject({ budget: { spent: 500_000, expenses: [['宣传费', 500_000]] }, indicators: [{}, { actual: '50万元', deviationReason: '节约' }] }));
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ severity: 'warning', path: 'evaluation' });
    expect(list[0]?.claimed).toEqual(Decimal.ONE);
    expect(list[0]?.computed).toEqual(Decimal.of(5n, 1));
    expect(list[0]?.message).toContain('指标得分率 100.00% 超过预算执行率 50.00%');
  });

  it('allows the 5% margin: 100% results over 96% execution pass, over 95% they do not', () => {
    const at = (spent: number) => scoreRate(consistentProject({ budget: { spent, expenses: [['宣传费', spent]] }, indicators: [{}, { actual: `${spent / 10_000}万元` }] }));
    expect(at(960_000)).toEqual([]);
    expect(at(950_000)).toHaveLength(1);
  });

  it('measures execution on the framework’s base', () => {
    // received 50万 of an adjusted 100万 budget, all spent: 100% of received, 50% of budget.
    const budget = { received: 500_000, spent: 500_000, expenses: [['宣传费', 500_000]] as const };
    const indicators = [{}, { actual: '50万元' }];
    expect(scoreRate(consistentProject({ budget: { ...budget, expenses: [...budget.expenses] }, indicators }))).toEqual([]);
    const selfBase = framework({ settings: { executionRateBase: 'adjustedBudget' } });
    expect(scoreRate(consistentProject({ framework: selfBase, budget: { ...budget, expenses: [...budget.expenses] }, indicators }))).toHaveLength(1);
  });

  it('stays silent when nothing was received', () => {
    expect(scoreRate(consistentProject({ budget: { received: 0, spent: 0, expenses: [] }, indicators: [{}, { actual: '0万元' }], claims: { totalScore: Decimal.from(100) } }))).toEqual([]);
  });
});
