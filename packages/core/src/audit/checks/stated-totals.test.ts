import { describe, expect, it } from 'vitest';
import { Decimal } from '../../money/decimal.js';
import { loadProjectFile } from '../../project-file/load-project.js';
import type { ProjectFile } from '../../project-file/project-file.schema.js';
import { auditProject } from '../audit-project.js';
import type { FindingValue } from '../finding.js';

const text = (value: FindingValue | undefined) => (value instanceof Decimal ? value.normalize().toString() : value);

/** A township project as its sheet prints it, with no region and no year. */
function file(overrides: { fundRows?: NonNullable<ProjectFile['budget']['fundRows']>; totalScore?: string; statedSums?: { text: string; total: string; parts: string[] }[] } = {}): ProjectFile {
  return {
    formatVersion: 1,
    project: { name: '乡镇运转经费', unit: { name: '某镇人民政府' } },
    budget: { lines: [{ fundSource: 'fiscal', budgetAmount: '900000', receivedAmount: '900000' }], spentAmount: '899740', ...(overrides.fundRows ? { fundRows: overrides.fundRows } : {}) },
    evaluation: {
      kind: 'selfEvaluation',
      framework: 'self-evaluation-2020',
      indicators: [
        { level1: 'budgetExecution', level2: 'budgetExecution', name: '预算执行率', weight: 10, formula: 'executionRate', claimed: { score: 10 } },
        { level1: 'output', level2: 'quantity', name: '保障人数', weight: 50, target: '≥10人', actual: '10人', claimed: { score: 50 } },
        { level1: 'benefit', level2: 'social', name: '群众认可', weight: 30, target: '≥90%', actual: '95%', claimed: { score: 30 } },
        { level1: 'satisfaction', level2: 'satisfaction', name: '满意度', weight: 10, target: '≥90%', actual: '95%', claimed: { score: 10 } },
      ],
      claimed: { ...(overrides.totalScore ? { totalScore: overrides.totalScore } : {}), ...(overrides.statedSums ? { statedSums: overrides.statedSums } : {}) },
    },
  };
}

function findings(input: ProjectFile) {
  const loaded = loadProjectFile(input);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return (auditProject(loaded.project)?.findings ?? []).filter((f) => f.code.startsWith('sum.')).map((f) => [f.code, f.path, text(f.claimed), text(f.computed), f.message]);
}

describe('stated totals: a document against its own parts', () => {
  it('sum.fundRows: the 池州 total row 0 / 0 / 0 over 其中 90 / 89.974 / 89.974, one finding per column', () => {
    const rows = [
      { label: '年度资金总额', role: 'total' as const, budgetAmount: '0', adjustedBudgetAmount: '0', spentAmount: '0', where: '自评表!B7' },
      { label: '其中：本年财政拨款', role: 'part' as const, budgetAmount: '900000', adjustedBudgetAmount: '899740', spentAmount: '899740' },
    ];
    const list = findings(file({ fundRows: rows }));
    expect(list.map((f) => f.slice(0, 4))).toEqual([
      ['sum.fundRows', 'budget.fundRows[0].budgetAmount', '0', '900000'],
      ['sum.fundRows', 'budget.fundRows[0].adjustedBudgetAmount', '0', '899740'],
      ['sum.fundRows', 'budget.fundRows[0].spentAmount', '0', '899740'],
    ]);
    expect(list[2]?.[4]).toBe('资金情况“年度资金总额”一行的全年执行数 0.00万元，与其中各行（其中：本年财政拨款）合计 89.97万元 不符（自评表!B7）');
  });

  it('is silent when the parts add up (within the 0.01万元 a printed row may round off) or give no amount', () => {
    const rows = [
      { label: '年度资金总额', role: 'total' as const, budgetAmount: '1172550', spentAmount: '1268720' },
      { label: '基本支出', role: 'part' as const, budgetAmount: '985190', spentAmount: '914970' },
      { label: '项目支出', role: 'part' as const, budgetAmount: '187360', spentAmount: '353790' },
      { label: '其他', role: 'part' as const },
    ];
    expect(findings(file({ fundRows: rows }))).toEqual([]);
  });

  it('sums each breakdown of the total on its own (file 21: by income 1873.66 + 2880, by spending 1768.16 + 2985.5)', () => {
    const rows = [
      { label: '年度资金总额', role: 'total' as const, adjustedBudgetAmount: '47536600' },
      { label: '一般公共预算', role: 'part' as const, breakdown: '按收入性质分', adjustedBudgetAmount: '18736600' },
      { label: '其他资金', role: 'part' as const, breakdown: '按收入性质分', adjustedBudgetAmount: '28800000' },
      { label: '基本支出', role: 'part' as const, breakdown: '按支出性质分', adjustedBudgetAmount: '17681600' },
      { label: '项目支出', role: 'part' as const, breakdown: '按支出性质分', adjustedBudgetAmount: '28855000' },
    ];
    expect(findings(file({ fundRows: rows })).map((f) => f.slice(0, 4))).toEqual([['sum.fundRows', 'budget.fundRows[0].adjustedBudgetAmount', '47536600', '46536600']]);
  });

  it('sum.fundRate: a printed 执行率 that is not 执行数 ÷ 预算数 (file 21: 100% for 3824.26 ÷ 4753.66); 0 ÷ 0 rows and rounding to whole percents are not findings', () => {
    const rows = [
      { label: '年度资金总额', role: 'total' as const, adjustedBudgetAmount: '47536600', spentAmount: '38242600', executionRate: '100' },
      { label: '单位资金', role: 'part' as const, adjustedBudgetAmount: '0', spentAmount: '0', executionRate: '0' },
      { label: '其中：财政拨款', role: 'part' as const, adjustedBudgetAmount: '656600', spentAmount: '650700', executionRate: '99' },
    ];
    const list = findings(file({ fundRows: rows })).filter((f) => f[0] === 'sum.fundRate');
    expect(list.map((f) => f.slice(0, 4))).toEqual([['sum.fundRate', 'budget.fundRows[0].executionRate', '100', '80.45']]);
    expect(list[0]?.[4]).toBe('资金情况“年度资金总额”一行写执行率 100.00%，但全年执行数 ÷ 全年预算数 = 80.45%');
  });

  it('sum.fundRateRounding: a printed rate within the tolerance that is not the rate rounded to its digits (file 06: 97.80% for 97.8086%)', () => {
    const rows = [
      { label: '年度资金总额', role: 'total' as const, adjustedBudgetAmount: '324000', spentAmount: '316900', executionRate: '97.80', where: '第11行' },
      // Rounded right to the digits it prints: 99.10% as “99%”, 97.8086% as “97.81%”.
      { label: '其中：财政拨款', role: 'part' as const, adjustedBudgetAmount: '656600', spentAmount: '650700', executionRate: '99' },
      { label: '其他资金', role: 'part' as const, adjustedBudgetAmount: '324000', spentAmount: '316900', executionRate: '97.81' },
      // Off without being a truncation.
      { label: '单位资金', role: 'part' as const, adjustedBudgetAmount: '324000', spentAmount: '316900', executionRate: '97.9' },
    ];
    const list = findings(file({ fundRows: rows })).filter((f) => f[0] === 'sum.fundRateRounding');
    expect(list.map((f) => f.slice(0, 4))).toEqual([
      ['sum.fundRateRounding', 'budget.fundRows[0].executionRate', '97.8', '97.81'],
      ['sum.fundRateRounding', 'budget.fundRows[3].executionRate', '97.9', '97.8'],
    ]);
    expect(list[0]?.[4]).toBe('资金情况“年度资金总额”一行写执行率 97.80%，全年执行数 ÷ 全年预算数 四舍五入为 97.81%（97.8086%）：表中的执行率是截断而不是四舍五入的结果；相差在 1 个百分点以内，重算按未取舍的执行率（第11行）');
    expect(list[1]?.[4]).toContain('表中的执行率不是四舍五入的结果');
  });

  it('sum.indicatorClaims: a 总分 that is not the sum of the claimed scores (file 09: 93 claimed, 94 printed)', () => {
    expect(findings(file({ totalScore: '94' })).map((f) => f.slice(0, 4))).toEqual([['sum.indicatorClaims', 'evaluation.claimed.totalScore', '94', '100']]);
    expect(findings(file({ totalScore: '100' }))).toEqual([]);
  });

  it('sum.indicatorClaims: a 总分 above what the claims and the unscored rows’ full weights could reach (file 20: 98 over 84 + 10)', () => {
    const input = file({ totalScore: '98' });
    const indicators = input.evaluation?.indicators ?? [];
    const unscored = { ...input, evaluation: { ...input.evaluation!, indicators: indicators.map((i, n) => (n === 3 ? { ...i, claimed: {} } : n === 2 ? { ...i, claimed: { score: 16 } } : i)) } };
    const list = findings(unscored);
    expect(list.map((f) => f.slice(0, 4))).toEqual([['sum.indicatorClaims', 'evaluation.claimed.totalScore', '98', '86']]);
    expect(list[0]?.[4]).toBe('自评总分 98.00，超过各指标自评得分合计 76.00 加上 1 项未评分指标的全部分值 10.00（至多 86.00）');
    expect(findings({ ...unscored, evaluation: { ...unscored.evaluation, claimed: { totalScore: '86' } } })).toEqual([]);
  });

  it('sum.stated: a sum written out in the text that does not add up (the issue’s “89.97 = 30 + 30 + 29.99” is 89.99)', () => {
    const list = findings(file({ statedSums: [{ text: '90=30+30+30', total: '90', parts: ['30', '30', '30'] }, { text: '89.97=30+30+29.99', total: '89.97', parts: ['30', '30', '29.99'] }] }));
    expect(list.map((f) => f.slice(0, 4))).toEqual([['sum.stated', 'evaluation.claimed.statedSums[1]', '89.97', '89.99']]);
    expect(list[0]?.[4]).toBe('文中写“89.97=30+30+29.99”，但 30.00 + 30.00 + 29.99 = 89.99，不等于 89.97');
  });
});
