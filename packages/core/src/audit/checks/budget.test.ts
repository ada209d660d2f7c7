import { describe, expect, it } from 'vitest';
import type { Project } from '../../evaluation/evaluation.js';
import { Decimal } from '../../money/decimal.js';
import { consistentProject, type BudgetSpec, type IndicatorSpec } from '../../testing/project-builder.js';
import { auditProject } from '../audit-project.js';
import type { Finding, FindingValue } from '../finding.js';
import { sameExpenseName } from './expense-names.js';

const text = (value: FindingValue | undefined) => (value instanceof Decimal ? value.normalize().toString() : value);

function budgetFindings(p: Project): (string | undefined)[][] {
  return (auditProject(p)?.findings ?? []).filter((f: Finding) => f.code.startsWith('budget.')).map((f) => [f.code, f.severity, f.path, text(f.claimed), text(f.computed)]);
}
const withBudget = (budget: BudgetSpec, indicators?: IndicatorSpec[]) => consistentProject({ budget, ...(indicators ? { indicators } : {}) });

describe('budget checks', () => {
  it('budget.expensesSum: the breakdown does not add up to the amount spent', () => {
    expect(budgetFindings(withBudget({ expenses: [['宣传费', 1_000_000], ['差旅费', '0.01']] }))).toEqual([['budget.expensesSum', 'error', 'budget.expenses', '1000000.01', '1000000']]);
  });

  it('budget.paymentsSum: the payments do not add up to the amount spent', () => {
    expect(budgetFindings(withBudget({ payments: [['2022-03-01', 600_000], ['2022-09-01', '399999.99']] }))).toEqual([['budget.paymentsSum', 'error', 'budget.payments', '1000000', '999999.99']]);
    expect(budgetFindings(withBudget({ payments: [['2022-03-01', 600_000], ['2022-09-01', 400_000]] }))).toEqual([]);
  });

  it('budget.spentExceedsReceived', () => {
    const list = budgetFindings(withBudget({ received: 900_000, spent: 1_000_000 }));
    expect(list).toContainEqual(['budget.spentExceedsReceived', 'error', 'budget.spentAmount', '1000000', '900000']);
  });

  it('budget.costActualsSum: cost actuals above the amount spent are an error, below a warning', () => {
    expect(budgetFindings(withBudget({ spent: 900_000, received: 1_000_000, expenses: [['宣传费', 900_000]] }))).toContainEqual(['budget.costActualsSum', 'error', 'evaluation.indicators', '1000000', '900000']);
    expect(budgetFindings(withBudget({ expenses: [['宣传费', 1_000_000]] }, [{}, { actual: '90万元', deviationReason: '节约' }]))).toContainEqual(['budget.costActualsSum', 'warning', 'evaluation.indicators', '900000', '1000000']);
  });

  it('budget.costActualsSum: reads a bare “万” of a 成本指标 as 万元, and says it assumed so (file 24: “150万” against 125.25万元 spent)', () => {
    const project = consistentProject({ budget: { spent: 1_252_500, received: 1_500_000 }, indicators: [{}, { target: '150万', actual: '150万' }] });
    const sum = auditProject(project)?.findings.find((f) => f.code === 'budget.costActualsSum');
    expect([sum?.severity, text(sum?.claimed), text(sum?.computed)]).toEqual(['error', '1500000', '1252500']);
    expect(sum?.message).toBe('成本指标实际完成值合计 150.00万元（假定“150万”中的“万/亿/千”指万元/亿元/千元：表中未写货币单位），超过实际支出 125.25万元');
  });

  it('does not sum a unit cost against the money spent (file 09: “配套资金每人每年” 75元)', () => {
    const perHead = [{}, { name: '配套资金每人每年', target: '≤75元', actual: '75元' }];
    expect(budgetFindings(withBudget({ expenses: [] }, perHead)).map((f) => f[0])).not.toContain('budget.costActualsSum');
  });

  it('budget.costActualVsExpense: a cost actual against its expense line', () => {
    const list = budgetFindings(withBudget({ expenses: [['宣传费', 800_000], ['差旅费', 200_000]] }));
    expect(list).toEqual([['budget.costActualVsExpense', 'warning', 'evaluation.indicators[1].actual', '1000000', '800000']]);
  });

  it('budget.costActualVsExpense: a cost indicator with no expense line', () => {
    const p = withBudget({ expenses: [['印刷费', 1_000_000]] });
    const finding = auditProject(p)?.findings.find((f) => f.code === 'budget.costActualVsExpense');
    expect(finding?.message).toBe('成本指标“宣传费”实际完成 100.00万元，支出明细中没有这一项');
    expect(text(finding?.computed)).toBe('0');
  });

  it('tolerates the sample’s 通信连路费 / 通信链路费 spelling, and reads actuals in 元', () => {
    const spelled = [{}, { name: '通信连路费', target: '≤1万元', actual: '0.8万元', weight: 40, claimedScore: 40 }];
    expect(budgetFindings(withBudget({ spent: 8_000, received: 1_000_000, expenses: [['通信链路费', 8_000]] }, spelled))).toEqual([]);
    const inYuan = [{}, { name: '通信连路费', target: '≤10000元', actual: '8000元', weight: 40, claimedScore: 40 }];
    expect(budgetFindings(withBudget({ spent: 8_000, received: 1_000_000, expenses: [['通信链路费', 8_000]] }, inYuan))).toEqual([]);
  });

  it('only reads money actuals of the 产出成本 group', () => {
    const notMoney = [{}, { level2: 'cost', target: '≤5次', actual: '3次', claimedScore: 40 }];
    expect(budgetFindings(withBudget({ expenses: [] }, notMoney))).toEqual([]);
  });
});

describe('sameExpenseName', () => {
  it('matches names that differ in one character at one place', () => {
    expect(sameExpenseName('通信连路费', '通信链路费')).toBe(true);
    expect(sameExpenseName('“宣传费”', ' 宣传费')).toBe(true);
    expect(sameExpenseName('宣传费', '宣传费')).toBe(true);
  });

  it('does not match two differences, different lengths, or short names', () => {
    expect(sameExpenseName('通信连络费', '通信链路费')).toBe(false);
    expect(sameExpenseName('宣传费', '宣传经费')).toBe(false);
    expect(sameExpenseName('油费', '电费')).toBe(false);
  });
});
