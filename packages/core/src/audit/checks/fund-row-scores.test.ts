import { describe, expect, it } from 'vitest';
import { Decimal } from '../../money/decimal.js';
import { loadProjectFile } from '../../project-file/load-project.js';
import type { ProjectFile } from '../../project-file/project-file.schema.js';
import { auditProject } from '../audit-project.js';
import type { FindingValue } from '../finding.js';

const text = (value: FindingValue | undefined) => (value instanceof Decimal ? value.normalize().toString() : value);

function rowScores(fundRows: NonNullable<ProjectFile['budget']['fundRows']>) {
  const loaded = loadProjectFile({
    formatVersion: 1,
    project: { name: '部门整体支出', unit: { name: '绥阳县太白镇人民政府' } },
    budget: { lines: [{ fundSource: 'fiscal', budgetAmount: '11725500', receivedAmount: '11725500' }], spentAmount: '11725500', fundRows },
    evaluation: { kind: 'selfEvaluation', framework: 'self-evaluation-2020', indicators: [{ level1: 'budgetExecution', level2: 'budgetExecution', name: '预算执行率', weight: 10, formula: 'executionRate', claimed: { score: 10 } }] },
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return (auditProject(loaded.project)?.findings ?? []).filter((f) => f.code === 'score.mismatch' && f.path.startsWith('budget.fundRows')).map((f) => [f.code, f.path, text(f.claimed), text(f.computed), f.message]);
}

describe('score.mismatch on a 其中 row that prints its own 分值 / 得分', () => {
  it('scores the row on its own rate (file 14: 基本支出 914.97 ÷ 985.19 scored 10, the rule gives 9.29)', () => {
    const list = rowScores([
      { label: '年度资金总额', role: 'total', budgetAmount: '11725500', spentAmount: '11725500' },
      { label: '基本支出', role: 'part', budgetAmount: '9851900', spentAmount: '9149700', weight: '10', score: '10', where: '第7行' },
      // Above its budget: capped at its weight, 10 is right.
      { label: '项目支出', role: 'part', budgetAmount: '1873600', spentAmount: '2575800', weight: '10', score: '10' },
    ]);
    expect(list).toEqual([
      [
        'score.mismatch',
        'budget.fundRows[1].score',
        '10',
        '9.29',
        '资金情况“基本支出”一行自带分值 10.00、得分 10.00；按该行的执行率应为 9.29（10 × 92.87% = 9.29，执行数 914.97万元 ÷ 年初预算数 985.19万元）；总分中的预算执行率按总额一行计（第7行）',
      ],
    ]);
  });

  it('is silent for rows without their own 分值 / 得分', () => {
    expect(rowScores([{ label: '年度资金总额', role: 'total', budgetAmount: '11725500', spentAmount: '11725500' }, { label: '基本支出', role: 'part', budgetAmount: '9851900', spentAmount: '9149700' }])).toEqual([]);
  });
});
