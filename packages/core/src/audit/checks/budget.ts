import type { Expense } from '../../budget/budget.js';
import type { Indicator } from '../../indicators/indicator.js';
import { Decimal } from '../../money/decimal.js';
import { formatWanYuan, fromWanYuan } from '../../money/rounding.js';
import { convertQuantity } from '../../targets/units.js';
import type { AuditContext } from '../audit-context.js';
import { indicatorPath } from '../audit-context.js';
import { finding, type Finding } from '../finding.js';
import { sameExpenseName } from './expense-names.js';

/**
 * The money must agree with itself: the expense breakdown and the payments sum to the amount
 * spent, nothing is spent beyond what was received, and the cost indicators' actuals agree with
 * the breakdown and do not add up to more than was spent.
 */
export function checkBudget({ budget, figures, evaluation }: AuditContext): Finding[] {
  const findings: Finding[] = [];
  const spent = figures.spentAmount;
  const { expenses, payments } = budget;
  if (expenses.length > 0) {
    const sum = Decimal.sum(expenses.map((e) => e.amount));
    if (!sum.eq(spent)) findings.push(finding('budget.expensesSum', 'error', 'budget.expenses', () => `支出明细合计 ${formatWanYuan(sum)}，与实际支出 ${formatWanYuan(spent)} 不符`, sum, spent));
  }
  if (payments.length > 0) {
    const sum = Decimal.sum(payments.map((p) => p.amount));
    if (!sum.eq(spent)) findings.push(finding('budget.paymentsSum', 'error', 'budget.payments', () => `支付记录合计 ${formatWanYuan(sum)}，与实际支出 ${formatWanYuan(spent)} 不符`, spent, sum));
  }
  const received = figures.receivedAmount;
  if (spent.gt(received)) {
    findings.push(finding('budget.spentExceedsReceived', 'error', 'budget.spentAmount', () => `实际支出 ${formatWanYuan(spent)} 超过实际到位资金 ${formatWanYuan(received)}`, spent, received));
  }

  let costSum: Decimal | undefined;
  let assumed: string[] | undefined;
  const againstBreakdown: Finding[] = [];
  const { indicators } = evaluation;
  for (let index = 0; index < indicators.length; index += 1) {
    const indicator = indicators[index];
    if (indicator === undefined) continue;
    const yuan = costActualInYuan(indicator);
    if (yuan === undefined) continue;
    if (indicator.actual?.kind === 'quantitative' && BARE_MONEY_UNITS.has(indicator.actual.quantity.unit)) (assumed ??= []).push(indicator.actual.text);
    costSum = costSum === undefined ? yuan : costSum.plus(yuan);
    if (expenses.length === 0) continue;
    const expense = expenseNamed(expenses, indicator.name);
    const stated = expense?.amount ?? Decimal.ZERO;
    if (!stated.eq(yuan)) againstBreakdown.push(costActualVsExpense(indicator.name, index, yuan, expense));
  }
  if (costSum !== undefined && !costSum.eq(spent)) {
    const sum = costSum;
    const over = sum.gt(spent);
    const readAs = assumed === undefined ? '' : `（假定${assumed.map((t) => `“${t}”`).join('、')}中的“万/亿/千”指万元/亿元/千元：表中未写货币单位）`;
    findings.push(
      finding('budget.costActualsSum', over ? 'error' : 'warning', 'evaluation.indicators', () => `成本指标实际完成值合计 ${formatWanYuan(sum)}${readAs}，${over ? '超过' : '不等于'}实际支出 ${formatWanYuan(spent)}`, sum, spent),
    );
  }
  for (const mismatch of againstBreakdown) findings.push(mismatch);
  return findings;
}

function costActualVsExpense(name: string, index: number, yuan: Decimal, expense: Expense | undefined): Finding {
  const stated = expense?.amount ?? Decimal.ZERO;
  const inBreakdown = (): string => (expense ? `“${expense.category}”为 ${formatWanYuan(stated)}` : '没有这一项');
  return finding('budget.costActualVsExpense', 'warning', `${indicatorPath(index)}.actual`, () => `成本指标“${name}”实际完成 ${formatWanYuan(yuan)}，支出明细中${inBreakdown()}`, yuan, stated);
}

/** The breakdown's line for a cost indicator: the same name, else one spelled slightly differently. */
function expenseNamed(expenses: readonly Expense[], name: string): Expense | undefined {
  for (const expense of expenses) if (expense.category === name) return expense;
  return expenses.find((e) => sameExpenseName(e.category, name));
}

/**
 * A bare 万 / 亿 / 千 after a 成本指标's amount (鄂州: “150万” under a 万元 header) can only be money
 * there; read so, and the finding says it assumed it.
 */
const BARE_MONEY_UNITS: ReadonlyMap<string, string> = new Map([
  ['万', '万元'],
  ['亿', '亿元'],
  ['千', '千元'],
]);

/**
 * A cost per person, household or 亩 (稷山: “配套资金每人每年” 75元) is a unit cost, not a share of
 * the money spent: it is not summed against 实际支出.
 */
const UNIT_COST = /每|人均|户均|亩均|单价|均价|标准/u;

/** A cost indicator's actual in 元, when it is an amount of money spent. */
function costActualInYuan(indicator: Indicator): Decimal | undefined {
  if (indicator.level2 !== 'cost' || indicator.actual?.kind !== 'quantitative' || UNIT_COST.test(indicator.name)) return undefined;
  const { quantity } = indicator.actual;
  const unit = BARE_MONEY_UNITS.get(quantity.unit) ?? quantity.unit;
  return unit === '万元' ? fromWanYuan(quantity.value) : convertQuantity({ value: quantity.value, unit }, '元')?.value;
}
