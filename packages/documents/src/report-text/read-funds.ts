import { Decimal, type ProjectFile } from '@jixiao/core';
import type { Unplaced } from '../document-read-error.js';
import { AMOUNT_UNIT, toYuan, yuanText } from './amounts.js';
import { NUMBER } from './normalise.js';

type BudgetInput = ProjectFile['budget'];

const amount = (label: string) => new RegExp(String.raw`${label}\s*(?:为|是|：|:)?\s*(${NUMBER})\s*${AMOUNT_UNIT}`);

const TOTAL = amount(String.raw`(?:预算安排资金总额|预算安排资金|预算资金总额|项目预算总额|年度预算|全年预算数?|预算金额)`);
const FISCAL = amount(String.raw`(?:其中[：:]?\s*)?(?:本年)?财政(?:资金|拨款)`);
const CARRY_OVER = amount(String.raw`上年结转(?:资金)?`);
const OTHER = amount(String.raw`其他资金`);
const RECEIVED = amount(String.raw`(?:实际收到(?:预算)?资金|实际到位(?:资金)?|到位资金)`);
const SPENT = amount(String.raw`(?:实际支付(?:资金)?|实际支出(?:资金)?|实际执行)`);
const AS_OF = /截至\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const EXPENSES = /(?:资金)?主要用于(?:支付)?([^。]+)/;

/**
 * The funds paragraph (资金投入和使用情况) into the file's budget: 预算安排资金总额 with its 财政/其他
 * split, 实际收到 (到位), 实际支付 with its date, and the expense list of “主要用于支付…”.
 * Amounts are converted to 元 exactly. Returns undefined when the text states no budget at all.
 */
export function readFunds(text: string, unplaced: Unplaced[]): BudgetInput | undefined {
  const total = match(TOTAL, text);
  const fiscal = match(FISCAL, text);
  const carryOver = match(CARRY_OVER, text);
  const other = match(OTHER, text);
  const received = match(RECEIVED, text);
  const spent = match(SPENT, text);
  if (!total && !fiscal) return undefined;

  const parts: { fundSource: 'fiscal' | 'carryOver' | 'other'; amount: Decimal }[] = [];
  if (fiscal) parts.push({ fundSource: 'fiscal', amount: fiscal });
  if (carryOver) parts.push({ fundSource: 'carryOver', amount: carryOver });
  if (other) parts.push({ fundSource: 'other', amount: other });
  if (parts.length === 0 && total) parts.push({ fundSource: 'fiscal', amount: total });
  const budgeted = Decimal.sum(parts.map((p) => p.amount));
  if (total && !total.eq(budgeted)) {
    unplaced.push({ text: TOTAL.exec(text)?.[0] ?? '', reason: `预算总额 ${yuanText(total)} 元与财政/结转/其他资金之和 ${yuanText(budgeted)} 元不符，按分项读取` });
  }
  const lines = distributeReceived(parts, received ?? budgeted, unplaced);
  const asOf = AS_OF.exec(text);
  const expenses = readExpenses(text, unplaced);
  return {
    lines,
    ...(spent ? { spentAmount: yuanText(spent) } : {}),
    ...(asOf ? { asOf: `${asOf[1]}-${(asOf[2] ?? '').padStart(2, '0')}-${(asOf[3] ?? '').padStart(2, '0')}` } : {}),
    ...(expenses.length > 0 ? { expenses } : {}),
  };
}

/**
 * Reports state one received total. When it equals the budget every line received its budget;
 * otherwise it is assigned to the lines in order (fiscal first) up to each line's budget, the last
 * line taking any remainder — and the guess is listed, since the text does not say.
 */
function distributeReceived(parts: { fundSource: 'fiscal' | 'carryOver' | 'other'; amount: Decimal }[], received: Decimal, unplaced: Unplaced[]): BudgetInput['lines'] {
  const budgeted = Decimal.sum(parts.map((p) => p.amount));
  if (received.eq(budgeted)) return parts.map((p) => ({ fundSource: p.fundSource, budgetAmount: yuanText(p.amount), receivedAmount: yuanText(p.amount) }));
  const nonZero = parts.filter((p) => !p.amount.isZero());
  if (nonZero.length > 1) {
    unplaced.push({ text: `实际到位 ${yuanText(received)} 元`, reason: '到位资金未按资金来源分列，已依次计入财政资金、上年结转、其他资金' });
  }
  let left = received;
  return parts.map((p, index) => {
    const share = index === parts.length - 1 ? left : Decimal.min(left, p.amount);
    left = left.minus(share);
    return { fundSource: p.fundSource, budgetAmount: yuanText(p.amount), receivedAmount: yuanText(share) };
  });
}

function readExpenses(text: string, unplaced: Unplaced[]): { category: string; amount: string }[] {
  const list = EXPENSES.exec(text)?.[1];
  if (!list) return [];
  const expenses: { category: string; amount: string }[] = [];
  for (const piece of list.split(/[、，,；;]/)) {
    const item = new RegExp(String.raw`^\s*(?:和|及|以及)?\s*([^\d]+?)\s*(${NUMBER})\s*${AMOUNT_UNIT}\s*$`).exec(piece);
    if (item) expenses.push({ category: (item[1] ?? '').trim(), amount: yuanText(toYuan(item[2] ?? '0', item[3] ?? '元')) });
    else if (piece.trim() !== '') unplaced.push({ text: piece.trim(), reason: '支出明细中的这一项未能读出金额' });
  }
  return expenses;
}

function match(pattern: RegExp, text: string): Decimal | undefined {
  const m = pattern.exec(text);
  return m ? toYuan(m[1] ?? '0', m[2] ?? '元') : undefined;
}
