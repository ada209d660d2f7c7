import type { StatedFundRow } from '../../budget/budget.js';
import type { Decimal } from '../../money/decimal.js';
import { formatWanYuan } from '../../money/rounding.js';
import type { AuditContext } from '../audit-context.js';
import { finding, type Finding } from '../finding.js';

/**
 * A 其中 row of the 资金情况 block that spent more than it was budgeted (绥阳 部门整体: 项目支出 353.75
 * 万元 against 187.36万元, 188.8%). The whole budget's overspending is `budget.spentExceedsReceived`;
 * a part can overspend inside a total that does not, and is worth a question either way. A part
 * that only repeats the total row (a sole “其中：本年财政拨款”) says nothing the total did not.
 */
export function checkFundRowSpending({ budget }: AuditContext): Finding[] {
  const rows = budget.fundRows ?? [];
  const total = rows.find((row) => row.role === 'total');
  const findings: Finding[] = [];
  rows.forEach((row, index) => {
    if (row.role !== 'part' || row.spentAmount === undefined || (total && repeats(row, total))) return;
    const base = row.adjustedBudgetAmount ?? row.budgetAmount;
    if (base === undefined || base.isZero() || !row.spentAmount.gt(base)) return;
    findings.push(overspent(row, index, row.spentAmount, base));
  });
  return findings;
}

function repeats(row: StatedFundRow, total: StatedFundRow): boolean {
  const same = (a: Decimal | undefined, b: Decimal | undefined) => (a === undefined ? b === undefined : b !== undefined && a.eq(b));
  return same(row.budgetAmount, total.budgetAmount) && same(row.adjustedBudgetAmount, total.adjustedBudgetAmount) && same(row.spentAmount, total.spentAmount);
}

function overspent(row: StatedFundRow, index: number, spent: Decimal, base: Decimal): Finding {
  const [label, note] = row.adjustedBudgetAmount ? ['全年预算数', ''] : ['年初预算数', '表中没有调整后预算数；'];
  return finding(
    'budget.fundRowOverspent',
    'warning',
    `budget.fundRows[${index}].spentAmount`,
    () =>
      `资金情况“${row.label}”一行全年执行数 ${formatWanYuan(spent)}，超过${label} ${formatWanYuan(base)}（${note}执行率 ${spent.dividedBy(base).toPercent()}）：需说明超出预算的资金来源${row.where ? `（${row.where}）` : ''}`,
    spent,
    base,
  );
}
