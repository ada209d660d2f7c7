import type { StatedFundRow } from '../../budget/budget.js';
import type { StatedSum } from '../../evaluation/evaluation.js';
import { Decimal, type Ratio } from '../../money/decimal.js';
import { formatScore, formatWanYuan } from '../../money/rounding.js';
import type { AuditContext } from '../audit-context.js';
import { finding, type Finding } from '../finding.js';

/**
 * Totals a document prints against the parts it prints beneath them: the 资金情况 block's
 * 年度资金总额 row against its 其中 rows (a 池州 township sheet printed 0 / 0 / 0 over
 * 90 / 89.974 / 89.974), the claimed 总分 against the indicators' claimed scores, and sums written
 * out in the text (“89.97 = 30 + 30 + 29.99”). Each disagreement is the document contradicting
 * itself, whatever the rules say.
 */
export function checkStatedTotals({ budget, evaluation }: AuditContext): Finding[] {
  const findings: Finding[] = [];
  const rows = budget.fundRows ?? [];
  const total = rows.findIndex((row) => row.role === 'total');
  const totalRow = rows[total];
  if (totalRow) {
    for (const parts of partsByBreakdown(rows)) {
      for (const column of FUND_COLUMNS) {
        const stated = totalRow[column.field];
        const given = parts.map((row) => row[column.field]).filter((amount): amount is Decimal => amount !== undefined);
        if (stated === undefined || given.length === 0) continue;
        const sum = Decimal.sum(given);
        // Rows are printed in 万元 rounded to the 0.01: each part may be off by half of that.
        const tolerance = Decimal.from(50 * given.length);
        if (stated.minus(sum).abs().gt(tolerance)) findings.push(fundRowsDisagree(totalRow, total, column.label, column.field, stated, sum, parts));
      }
    }
  }

  rows.forEach((row, index) => {
    const printed = row.executionRate;
    const base = row.adjustedBudgetAmount ?? row.budgetAmount;
    // 0 ÷ 0 (a row of zeros printing “0.00%”) has no rate: nothing to compare.
    if (printed === undefined || base === undefined || base.isZero() || row.spentAmount === undefined) return;
    const rate = row.spentAmount.dividedBy(base).times(Decimal.HUNDRED);
    const computed = rate.round(2);
    if (printed.minus(computed).abs().gt(RATE_TOLERANCE)) findings.push(rateDisagrees(row, index, printed, computed));
    else if (!printed.eq(rate.round(printed.scale))) findings.push(rateRoundedOtherwise(row, index, printed, rate));
  });

  const { claims, indicators } = evaluation;
  const claimedTotal = claims.totalScore;
  if (claimedTotal && claims.dimensions.length === 0 && indicators.length > 0) {
    const tolerance = evaluation.framework.settings.scoreTolerance;
    const sum = Decimal.sum(indicators.map((i) => i.claimed?.score ?? Decimal.ZERO));
    const unclaimed = indicators.filter((i) => i.claimed?.score === undefined);
    if (unclaimed.length === 0) {
      if (claimedTotal.minus(sum).abs().gt(tolerance)) findings.push(totalDisagrees(claimedTotal, sum, indicators.length));
    } else {
      // Unscored rows (银川: the 满意度 row left blank) may still earn their weight: the total can be no more than that.
      const open = Decimal.sum(unclaimed.map((i) => i.weight));
      if (claimedTotal.minus(sum.plus(open)).gt(tolerance)) findings.push(totalUnreachable(claimedTotal, sum, open, unclaimed.length));
    }
  }

  (claims.statedSums ?? []).forEach((sum, index) => {
    const parts = Decimal.sum(sum.parts);
    if (!parts.eq(sum.total) && parts.minus(sum.total).abs().gt(evaluation.framework.settings.scoreTolerance)) findings.push(statedSumWrong(sum, index, parts));
  });
  return findings;
}

/** The 其中 rows, one list per breakdown of the total (按收入性质分, 按支出性质分): each adds up to the total on its own. */
function partsByBreakdown(rows: readonly StatedFundRow[]): StatedFundRow[][] {
  const breakdowns = new Map<string | undefined, StatedFundRow[]>();
  for (const row of rows) {
    if (row.role !== 'part') continue;
    const parts = breakdowns.get(row.breakdown);
    if (parts) parts.push(row);
    else breakdowns.set(row.breakdown, [row]);
  }
  return [...breakdowns.values()];
}

/** A printed rate may be truncated or rounded to whole percents (“99%” for 99.10%): more than a point off is a different figure. */
const RATE_TOLERANCE = Decimal.ONE;

function rateDisagrees(row: StatedFundRow, index: number, printed: Decimal, computed: Decimal): Finding {
  const base = row.adjustedBudgetAmount ? '全年预算数' : '年初预算数';
  return finding(
    'sum.fundRate',
    'error',
    `budget.fundRows[${index}].executionRate`,
    () => `资金情况“${row.label}”一行写执行率 ${formatScore(printed)}%，但全年执行数 ÷ ${base} = ${formatScore(computed)}%${row.where ? `（${row.where}）` : ''}`,
    printed,
    computed,
  );
}

/**
 * A printed rate within the tolerance that is not the rate rounded to the digits it prints (临翔:
 * 31.69 ÷ 32.4 = 97.8086% printed “97.80%”, truncated): not a different figure, but the table's
 * own arithmetic, and the recomputed score uses the exact rate.
 */
function rateRoundedOtherwise(row: StatedFundRow, index: number, printed: Decimal, rate: Ratio): Finding {
  const digits = printed.scale;
  const rounded = rate.round(digits);
  const truncated = Decimal.of((rate.numerator * 10n ** BigInt(digits)) / rate.denominator, digits);
  const how = truncated.eq(printed) ? '是截断而不是四舍五入的结果' : '不是四舍五入的结果';
  return finding(
    'sum.fundRateRounding',
    'info',
    `budget.fundRows[${index}].executionRate`,
    () =>
      `资金情况“${row.label}”一行写执行率 ${printed.toFixed(digits)}%，全年执行数 ÷ ${row.adjustedBudgetAmount ? '全年预算数' : '年初预算数'} 四舍五入为 ${rounded.toFixed(digits)}%（${rate.round(4).toFixed(4)}%）：表中的执行率${how}；相差在 ${RATE_TOLERANCE.toString()} 个百分点以内，重算按未取舍的执行率${row.where ? `（${row.where}）` : ''}`,
    printed,
    rounded,
  );
}

const FUND_COLUMNS = [
  { field: 'budgetAmount', label: '年初预算数' },
  { field: 'adjustedBudgetAmount', label: '全年预算数' },
  { field: 'spentAmount', label: '全年执行数' },
] as const;

type FundField = (typeof FUND_COLUMNS)[number]['field'];

function fundRowsDisagree(row: StatedFundRow, index: number, label: string, field: FundField, stated: Decimal, sum: Decimal, parts: readonly StatedFundRow[]): Finding {
  return finding(
    'sum.fundRows',
    'error',
    `budget.fundRows[${index}].${field}`,
    () =>
      `资金情况“${row.label}”一行的${label} ${formatWanYuan(stated)}，与其中各行（${parts.map((p) => p.label).join('、')}）合计 ${formatWanYuan(sum)} 不符${row.where ? `（${row.where}）` : ''}`,
    stated,
    sum,
  );
}

function totalDisagrees(total: Decimal, sum: Decimal, count: number): Finding {
  return finding('sum.indicatorClaims', 'error', 'evaluation.claimed.totalScore', () => `自评总分 ${formatScore(total)}，与 ${count} 项指标自评得分合计 ${formatScore(sum)} 不符`, total, sum);
}

function totalUnreachable(total: Decimal, sum: Decimal, open: Decimal, unclaimed: number): Finding {
  const most = sum.plus(open);
  return finding(
    'sum.indicatorClaims',
    'error',
    'evaluation.claimed.totalScore',
    () => `自评总分 ${formatScore(total)}，超过各指标自评得分合计 ${formatScore(sum)} 加上 ${unclaimed} 项未评分指标的全部分值 ${formatScore(open)}（至多 ${formatScore(most)}）`,
    total,
    most,
  );
}

function statedSumWrong(sum: StatedSum, index: number, parts: Decimal): Finding {
  return finding(
    'sum.stated',
    'error',
    `evaluation.claimed.statedSums[${index}]`,
    () => `文中写“${sum.text}”，但 ${sum.parts.map((p) => formatScore(p)).join(' + ')} = ${formatScore(parts)}，不等于 ${formatScore(sum.total)}${sum.where ? `（${sum.where}）` : ''}`,
    sum.total,
    parts,
  );
}
