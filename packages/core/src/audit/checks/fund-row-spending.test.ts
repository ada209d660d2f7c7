import { describe, expect, it } from 'vitest';
import { Decimal } from '../../money/decimal.js';
import { loadProjectFile } from '../../project-file/load-project.js';
import type { ProjectFile } from '../../project-file/project-file.schema.js';
import { auditProject } from '../audit-project.js';
import type { FindingValue } from '../finding.js';

const text = (value: FindingValue | undefined) => (value instanceof Decimal ? value.normalize().toString() : value);

function overspent(fundRows: NonNullable<ProjectFile['budget']['fundRows']>) {
  const loaded = loadProjectFile({
    formatVersion: 1,
    project: { name: '部门整体支出', unit: { name: '绥阳县太白镇人民政府' } },
    budget: { lines: [{ fundSource: 'fiscal', budgetAmount: '11725500', receivedAmount: '12687200' }], spentAmount: '12687200', fundRows },
    evaluation: { kind: 'selfEvaluation', framework: 'self-evaluation-2020', indicators: [{ level1: 'budgetExecution', level2: 'budgetExecution', name: '预算执行率', weight: 10, formula: 'executionRate' }] },
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return (auditProject(loaded.project)?.findings ?? []).filter((f) => f.code === 'budget.fundRowOverspent').map((f) => [f.severity, f.path, text(f.claimed), text(f.computed), f.message]);
}

describe('budget.fundRowOverspent: a 其中 row spending more than its budget', () => {
  it('names the row, its base and its rate (file 14: 项目支出 353.75 of 187.36万元)', () => {
    const list = overspent([
      { label: '年度资金总额', role: 'total', budgetAmount: '11725500', spentAmount: '12687200' },
      { label: '基本支出', role: 'part', budgetAmount: '9851900', spentAmount: '9149700' },
      { label: '项目支出', role: 'part', budgetAmount: '1873600', spentAmount: '3537500', where: '第9行' },
    ]);
    expect(list).toEqual([
      ['warning', 'budget.fundRows[2].spentAmount', '3537500', '1873600', '资金情况“项目支出”一行全年执行数 353.75万元，超过年初预算数 187.36万元（表中没有调整后预算数；执行率 188.81%）：需说明超出预算的资金来源（第9行）'],
    ]);
  });

  it('is silent for a part that repeats the total, spends within its budget, or has no budget', () => {
    expect(
      overspent([
        { label: '年度资金总额', role: 'total', budgetAmount: '3297700', adjustedBudgetAmount: '3297700', spentAmount: '3383100' },
        { label: '其中：当年财政拨款', role: 'part', budgetAmount: '3297700', adjustedBudgetAmount: '3297700', spentAmount: '3383100' },
        { label: '上年结转资金', role: 'part', budgetAmount: '0', spentAmount: '0' },
        { label: '其他资金', role: 'part', adjustedBudgetAmount: '100', spentAmount: '100' },
      ]),
    ).toEqual([]);
  });
});
