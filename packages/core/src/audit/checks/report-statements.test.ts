import { describe, expect, it } from 'vitest';
import { Decimal } from '../../money/decimal.js';
import { loadProjectFile } from '../../project-file/load-project.js';
import { projectFileJson } from '../../testing/project-builder.js';
import { auditProject } from '../audit-project.js';
import type { Finding, FindingValue } from '../finding.js';

const text = (value: FindingValue | undefined) => (value instanceof Decimal ? value.normalize().toString() : value);

/** The findings of a project file (JSON), through the loader as users' files go. */
function audit(evaluation: Record<string, unknown>, budget?: Record<string, unknown>): Finding[] {
  const json = projectFileJson(evaluation);
  const loaded = loadProjectFile(budget ? { ...json, budget } : json);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return [...(auditProject(loaded.project)?.findings ?? [])];
}
const only = (list: Finding[], prefix: string) => list.filter((f) => f.code.startsWith(prefix));
const summary = (list: Finding[]) => list.map((f) => [f.code, f.severity, f.path, text(f.claimed), text(f.computed)]);

const cost = (name: string, target: string, actual: string) => ({ level1: 'output', level2: 'cost', name, weight: '5', target, actual });
const counts = [
  { level1: 'output', level2: 'quantity', name: '培训次数', weight: '10', target: '≥2次', actual: '3次', claimed: { score: '10' } },
  cost('宣传费', '≤20万元', '10万元'),
  cost('差旅费', '≤30万元', '7.9万元'),
];

describe('statement.indicatorCount: the 三级指标 a section says it has', () => {
  it('finds a count that is not what the section lists and scores', () => {
    const list = only(audit({ indicators: counts.slice(0, 1), statements: { indicatorCounts: [{ level1: 'output', count: 2, text: '由2个三级指标构成' }] } }), 'statement.indicatorCount');
    expect(summary(list)).toEqual([['statement.indicatorCount', 'warning', 'evaluation.statements.indicatorCounts[0]', '2', '1']]);
    expect(list[0]?.message).toBe('报告称“产出”类指标“由2个三级指标构成”，但列出并计分的三级指标有 1 项：“培训次数”');
  });

  it('counts a block scored with one 分值 once, and says so', () => {
    const statements = { indicatorCounts: [{ level1: 'output', count: 3, text: '由3个三级指标构成' }], sharedWeights: [{ indicators: [1, 2], weight: '10', text: '该指标10分，得9.10分' }] };
    const list = only(audit({ indicators: counts, statements }), 'statement.indicatorCount');
    expect(summary(list)).toEqual([['statement.indicatorCount', 'warning', 'evaluation.statements.indicatorCounts[0]', '3', '2']]);
    expect(list[0]?.message).toBe('报告称“产出”类指标“由3个三级指标构成”，列出的三级指标有 3 项，逐一给出分值和得分的只有 2 处：“宣传费”等 2 项合用一个分值（“该指标10分，得9.10分”）');
    const agrees = { ...statements, indicatorCounts: [{ level1: 'output', count: 2, text: '由2个三级指标构成' }] };
    expect(only(audit({ indicators: counts, statements: agrees }), 'statement.')).toEqual([]);
  });
});

describe('statement.amountAboveBudget: money the prose says was used', () => {
  it('finds an amount above the whole budget, not one within it', () => {
    const statements = { amounts: [{ amount: '1300000', text: '拿出130万元，对先进集体进行表彰激励' }, { amount: '900000', text: '投入90万元' }] };
    const list = only(audit({ statements }), 'statement.amountAboveBudget');
    expect(summary(list)).toEqual([['statement.amountAboveBudget', 'warning', 'evaluation.statements.amounts[0]', '1300000', '1000000']]);
    expect(list[0]?.message).toBe('报告称“拿出130万元，对先进集体进行表彰激励”，其中 130.00万元 超过本项目全部预算 100.00万元：如不是本项目的资金，报告应写明来源');
  });

  it('holds it against the largest of budget, adjusted budget and received', () => {
    const budget = { lines: [{ fundSource: 'fiscal', budgetAmount: '1000000', adjustedBudgetAmount: '1500000', receivedAmount: '1500000' }], spentAmount: '900000' };
    expect(only(audit({ statements: { amounts: [{ amount: '1300000', text: '拿出130万元' }] } }, budget), 'statement.')).toEqual([]);
  });
});

describe('target.operatorDropped: a target restated without its ≥ / ≤', () => {
  const indicators = [
    { level1: 'output', level2: 'quantity', name: '培训次数', weight: '5', target: '≥2次', actual: '3次' },
    { level1: 'output', level2: 'quantity', name: '支持县市数量', weight: '5', target: '=10个', actual: '10个' },
    { level1: 'output', level2: 'quality', name: '考核评价率', weight: '5', target: '90%', actual: '98%' },
  ];

  it('finds ≥2次 written as 2次', () => {
    const list = only(audit({ indicators, statements: { restatedTargets: [{ indicator: 0, text: '2次' }] } }), 'target.');
    expect(summary(list)).toEqual([['target.operatorDropped', 'warning', 'evaluation.indicators[0].target', '2次', '≥2次']]);
    expect(list[0]?.message).toBe('“培训次数”的指标值为“≥2次”，报告在完成情况中写为“2次”，略去了“≥”，与设定的指标值不一致');
  });

  it('leaves alone =10个 written as 10个, a target that had no operator, a different value and one restated with its operator', () => {
    const restatedTargets = [
      { indicator: 1, text: '10个' },
      { indicator: 2, text: '90%' },
      { indicator: 0, text: '3次' },
      { indicator: 0, text: '≥2次' },
    ];
    expect(only(audit({ indicators, statements: { restatedTargets } }), 'target.')).toEqual([]);
  });

  it('refuses a statement about an indicator the file does not have', () => {
    const loaded = loadProjectFile(projectFileJson({ statements: { restatedTargets: [{ indicator: 5, text: '2次' }] } }));
    expect(loaded.ok ? [] : loaded.issues).toEqual([{ path: 'evaluation.statements.restatedTargets[0].indicator', message: '没有第 6 项指标（共 1 项）' }]);
  });
});

describe('findings that rest on an even split of a shared 分值 say so', () => {
  const indicators = [
    { level1: 'output', level2: 'cost', name: '宣传费', weight: '5', target: '≤20万元', actual: '60万元' },
    { level1: 'output', level2: 'cost', name: '差旅费', weight: '5', target: '≤30万元', actual: '7.9万元' },
  ];
  const claimed = { groups: [{ level1: 'output', level2: 'cost', score: '9.1' }], dimensions: [{ level1: 'output', score: '9.1' }], totalScore: '9.1' };

  it('in the group, dimension and total messages', () => {
    const shared = { sharedWeights: [{ indicators: [0, 1], weight: '10', text: '该指标10分，得9.10分' }] };
    const list = audit({ indicators, claimed, statements: shared }).filter((f) => f.code === 'score.mismatch' || f.code === 'total.mismatch');
    const note = '（此结果依赖一个假定：报告对“宣传费”等 2 项指标只给出一个分值（“该指标10分，得9.10分”），重算把 10.00 分平均分给各项（每项约 5.00 分）；报告未写明各项分值，分法不同则结果不同）';
    expect(list.map((f) => f.message)).toEqual([`“产出成本”自评得分 9.10，按评分规则重算为 5.00${note}`, `“产出”自评得分 9.10，按评分规则重算为 5.00${note}`, `自评总分 9.10，按评分规则重算为 5.00${note}`]);
  });

  it('and only where weights were shared', () => {
    const list = audit({ indicators, claimed }).filter((f) => f.code === 'score.mismatch' || f.code === 'total.mismatch');
    expect(list.map((f) => f.message)).toEqual(['“产出成本”自评得分 9.10，按评分规则重算为 5.00', '“产出”自评得分 9.10，按评分规则重算为 5.00', '自评总分 9.10，按评分规则重算为 5.00']);
  });
});
