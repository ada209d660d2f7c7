import type { Indicator } from '../../indicators/indicator.js';
import { Decimal } from '../../money/decimal.js';
import { formatWanYuan, fromWanYuan } from '../../money/rounding.js';
import { convertQuantity } from '../../targets/units.js';
import type { AuditContext } from '../audit-context.js';
import { indicatorPath } from '../audit-context.js';
import type { Finding } from '../finding.js';
import { sameExpenseName } from './expense-names.js';

/**
 * The money must agree with itself: the expense breakdown and the payments sum to the amount
 * spent, nothing is spent beyond what was received, and the cost indicators' actuals agree with
 * the breakdown and do not add up to more than was spent.
 */
export function checkBudget({ budget, figures, evaluation }: AuditContext): Finding[] {
  const findings: Finding[] = [];
  const spent = figures.spentAmount;
  if (budget.expenses.length > 0) {
    const sum = Decimal.sum(budget.expenses.map((e) => e.amount));
    if (!sum.eq(spent)) {
      findings.push({ code: 'budget.expensesSum', severity: 'error', message: `支出明细合计 ${formatWanYuan(sum)}，与实际支出 ${formatWanYuan(spent)} 不符`, path: 'budget.expenses', claimed: sum, computed: spent });
    }
  }
  if (budget.payments.length > 0) {
    const sum = Decimal.sum(budget.payments.map((p) => p.amount));
    if (!sum.eq(spent)) {
      findings.push({ code: 'budget.paymentsSum', severity: 'error', message: `支付记录合计 ${formatWanYuan(sum)}，与实际支出 ${formatWanYuan(spent)} 不符`, path: 'budget.payments', claimed: spent, computed: sum });
    }
  }
  if (spent.gt(figures.receivedAmount)) {
    findings.push({ code: 'budget.spentExceedsReceived', severity: 'error', message: `实际支出 ${formatWanYuan(spent)} 超过实际到位资金 ${formatWanYuan(figures.receivedAmount)}`, path: 'budget.spentAmount', claimed: spent, computed: figures.receivedAmount });
  }

  const costs: { indicator: Indicator; index: number; yuan: Decimal }[] = [];
  evaluation.indicators.forEach((indicator, index) => {
    const yuan = costActualInYuan(indicator);
    if (yuan !== undefined) costs.push({ indicator, index, yuan });
  });
  if (costs.length > 0) {
    const sum = Decimal.sum(costs.map((c) => c.yuan));
    if (!sum.eq(spent)) {
      findings.push({
        code: 'budget.costActualsSum',
        severity: sum.gt(spent) ? 'error' : 'warning',
        message: `成本指标实际完成值合计 ${formatWanYuan(sum)}，${sum.gt(spent) ? '超过' : '不等于'}实际支出 ${formatWanYuan(spent)}`,
        path: 'evaluation.indicators',
        claimed: sum,
        computed: spent,
      });
    }
  }
  if (budget.expenses.length > 0) {
    for (const { indicator, index, yuan } of costs) {
      const expense = budget.expenses.find((e) => sameExpenseName(e.category, indicator.name));
      const stated = expense?.amount ?? Decimal.ZERO;
      if (!stated.eq(yuan)) {
        findings.push({
          code: 'budget.costActualVsExpense',
          severity: 'warning',
          message: `成本指标“${indicator.name}”实际完成 ${formatWanYuan(yuan)}，支出明细中${expense ? `“${expense.category}”为 ${formatWanYuan(stated)}` : '没有这一项'}`,
          path: `${indicatorPath(index)}.actual`,
          claimed: yuan,
          computed: stated,
        });
      }
    }
  }
  return findings;
}

/** A cost indicator's actual in 元, when it is an amount of money. */
function costActualInYuan(indicator: Indicator): Decimal | undefined {
  if (indicator.level2 !== 'cost' || indicator.actual?.kind !== 'quantitative') return undefined;
  const quantity = indicator.actual.quantity.unit === '万元' ? { value: fromWanYuan(indicator.actual.quantity.value), unit: '元' } : convertQuantity(indicator.actual.quantity, '元');
  return quantity?.value;
}
