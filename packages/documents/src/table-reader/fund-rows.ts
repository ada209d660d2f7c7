import { Decimal, type ProjectFile, type ProjectFileFundRow } from '@jixiao/core';
import type { Unplaced } from '../document-read-error.js';
import { isBlank, isDash, readMoney, readPercent, readPlainNumber, type MoneyUnit, type SourceCell } from './cell.js';
import type { FundRowReading } from './read-table.js';

const FACTOR: Readonly<Record<MoneyUnit | 'yiYuan', Decimal>> = {
  yuan: Decimal.ONE,
  wanYuan: Decimal.from(10_000),
  yiYuan: Decimal.from(100_000_000),
};

interface RowAmounts {
  readonly row: FundRowReading;
  readonly budget?: Decimal;
  readonly adjusted?: Decimal;
  readonly spent?: Decimal;
}

export interface FundsResult {
  readonly budget: ProjectFile['budget'];
  /** The execution row's 分值 and 得分 (the total row's, or the row the figures were taken from). */
  readonly executionWeight?: string;
  readonly executionScore?: string;
}

/**
 * The 资金情况 block → the project's budget. Each row is kept whole as printed (`fundRows`, which
 * the audit checks total against parts), and the figures that are scored come from one basis only:
 * the 年度资金总额 row, or — when it is empty or all zero while its 其中 rows are not (a 池州
 * township sheet: 0 / 0 / 0 over 90 / 89.974 / 89.974) — the 其中 rows together. Budget and
 * spending are never taken from different rows.
 */
export function readFunds(rows: readonly FundRowReading[], unit: MoneyUnit, unplaced: Unplaced[], notes: Unplaced[]): FundsResult | undefined {
  const amount = (cell: SourceCell | undefined, label: string): Decimal | undefined => {
    if (!cell || isBlank(cell.text) || isDash(cell.text)) return undefined;
    if (cell.unreadable) {
      unplaced.push({ text: cell.text, reason: `“${label}”：${cell.unreadable}`, where: cell.where });
      return undefined;
    }
    const money = readMoney(cell.text);
    if (!money) {
      unplaced.push({ text: cell.text, reason: `“${label}”一行的金额不是数字`, where: cell.where });
      return undefined;
    }
    if (money.approximate) notes.push({ text: cell.text, reason: `“${label}”的金额是约数，按 ${money.digits} 读入`, where: cell.where });
    return Decimal.from(money.digits).times(FACTOR[money.unit ?? unit]);
  };
  const read: RowAmounts[] = rows.map((row) => {
    const label = row.label.text;
    const budget = amount(row.values.get('budget'), label);
    const adjusted = amount(row.values.get('adjustedBudget'), label);
    const spent = amount(row.values.get('spent'), label);
    return { row, ...(budget ? { budget } : {}), ...(adjusted ? { adjusted } : {}), ...(spent ? { spent } : {}) };
  });
  const stated = read.filter((r) => r.budget || r.adjusted || r.spent);
  if (stated.length === 0) return undefined;
  const total = stated.find((r) => r.row.kind === 'total');
  const parts = stated.filter((r) => r.row.kind !== 'total');
  const fundRows: ProjectFileFundRow[] = stated.map((r) => ({
    label: r.row.label.text,
    role: r.row.kind === 'total' ? 'total' : 'part',
    ...(r.budget ? { budgetAmount: yuan(r.budget) } : {}),
    ...(r.adjusted ? { adjustedBudgetAmount: yuan(r.adjusted) } : {}),
    ...(r.spent ? { spentAmount: yuan(r.spent) } : {}),
    ...(rateOf(r.row) ? { executionRate: rateOf(r.row) as string } : {}),
    where: r.row.label.where,
  }));
  const usable = (r: RowAmounts | undefined) => r !== undefined && (r.budget ?? r.adjusted) !== undefined && ![r.budget, r.adjusted, r.spent].every((a) => a === undefined || a.isZero());
  const partsUsable = parts.filter(usable);
  let lines: ProjectFile['budget']['lines'];
  let spent: Decimal | undefined;
  let basis: RowAmounts | undefined;
  if (usable(total) && total) {
    basis = total;
    const totalPlanned = total.adjusted ?? total.budget ?? Decimal.ZERO;
    const planned = parts.filter((r) => (r.budget ?? r.adjusted) !== undefined);
    const partsPlanned = Decimal.sum(planned.map((r) => r.adjusted ?? r.budget ?? Decimal.ZERO));
    // The parts give the fund sources only when they add up to the total; otherwise the total alone.
    lines = partsUsable.length > 0 && partsPlanned.eq(totalPlanned) ? planned.map(line) : [line(total)];
    spent = total.spent;
  } else if (partsUsable.length > 0) {
    lines = partsUsable.map(line);
    const spentParts = partsUsable.map((r) => r.spent);
    spent = spentParts.every((s) => s !== undefined) ? Decimal.sum(spentParts as Decimal[]) : undefined;
    if (total) {
      notes.push({
        text: total.row.label.text,
        reason: `“${total.row.label.text}”一行为空或为 0，与其中各行（${partsUsable.map((r) => r.row.label.text).join('、')}）矛盾：预算执行率按其中各行计算，矛盾见审核结果`,
        where: total.row.label.where,
      });
    }
  } else {
    return undefined;
  }
  if (basis?.budget && basis.adjusted && !basis.budget.eq(basis.adjusted)) adjustmentNote(basis, unit, notes);
  const executionRow = basis?.row ?? rows.find((r) => r.kind === 'total') ?? partsUsable[0]?.row;
  const weightRow = [executionRow, ...rows].find((r) => r && readPlainNumber(r.values.get('weight')?.text ?? '') !== undefined);
  const executionWeight = readPlainNumber(weightRow?.values.get('weight')?.text ?? '')?.digits;
  const executionScore = weightRow ? readPlainNumber(weightRow.values.get('score')?.text ?? '')?.digits : undefined;
  for (const r of rows) {
    if (r === weightRow) continue;
    // A score with no 分值 anywhere (“得分（20分*执行率）”): out of points the table does not say in a column.
    if (!weightRow) {
      const score = r.values.get('score');
      if (score && readPlainNumber(score.text) !== undefined) unplaced.push({ text: `${r.label.text} ${score.text}`, reason: `“${r.label.text}”一行有得分 ${score.text}，但资金表头没有分值一栏：预算执行率的分值未知，未计分`, where: score.where });
      continue;
    }
    const repeated = [r.values.get('weight'), r.values.get('score')].filter((c): c is SourceCell => c !== undefined && readPlainNumber(c.text) !== undefined);
    if (repeated.length > 0) notes.push({ text: repeated.map((c) => c.text).join(' / '), reason: `“${r.label.text}”一行重复了预算执行率的分值/得分，只计一次（按“${weightRow?.label.text ?? ''}”一行）`, where: r.label.where });
  }
  return {
    budget: { lines, ...(spent ? { spentAmount: yuan(spent) } : {}), fundRows },
    ...(executionWeight ? { executionWeight } : {}),
    ...(executionScore ? { executionScore } : {}),
  };
}

/** A budget adjusted in the year must say why (the forms ask for it); the form's own footnote in the 原因 cell says nothing. */
function adjustmentNote(row: RowAmounts, unit: MoneyUnit, notes: Unplaced[]): void {
  const reason = row.row.values.get('reason')?.text ?? '';
  if (reason !== '' && !/预算执行率\s*=|字以内|应单独说明/.test(reason)) return;
  const shown = (amount: Decimal) => `${amount.dividedBy(FACTOR[unit]).round(2).normalize().toString()}${unit === 'yuan' ? '元' : '万元'}`;
  notes.push({
    text: row.row.label.text,
    reason: `年中调整了预算（年初 ${shown(row.budget as Decimal)} → 调整后 ${shown(row.adjusted as Decimal)}），原因一栏${reason === '' ? '为空' : '只有表格自带的说明'}，未说明调整理由`,
    where: row.row.label.where,
  });
}

function line(r: RowAmounts): ProjectFile['budget']['lines'][number] {
  const planned = (r.budget ?? r.adjusted) as Decimal;
  const full = r.adjusted ?? planned;
  const fundSource = r.row.kind === 'carryOver' || r.row.kind === 'other' ? r.row.kind : 'fiscal';
  // The form has no 实际到位 column: a fund line counts as received in full (= 全年预算数).
  return { fundSource, budgetAmount: yuan(planned), ...(full.eq(planned) ? {} : { adjustedBudgetAmount: yuan(full) }), receivedAmount: yuan(full) };
}

/** The 执行率 a row prints, in percent digits. */
function rateOf(row: FundRowReading): string | undefined {
  return readPercent(row.values.get('rate')?.text ?? '')?.digits;
}

function yuan(amount: Decimal): string {
  return amount.round(2).normalize().toString();
}
