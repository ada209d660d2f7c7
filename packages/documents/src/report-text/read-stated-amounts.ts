import type { Decimal } from '@jixiao/core';
import { toYuan } from './amounts.js';
import { NUMBER } from './normalise.js';

export interface StatedAmount {
  readonly amount: Decimal;
  /** The clause with the amount and the one after it (what the money was for). */
  readonly text: string;
  readonly at: number;
}

/** Money only: a bare 万 (“2.7万余件”) counts cases, not 元. */
const MONEY = new RegExp(String.raw`(${NUMBER})\s*(万元|亿元|元)`, 'g');
/**
 * Sentences about the budget, targets, results, standards or the unit's or region's economy
 * (资产, 收入, 产值…): their amounts are read (or deliberately not read) elsewhere, or are not
 * money “used” by the project.
 */
const NOT_A_USE = /预算|投资|批复|到位|下达|安排|拨付|结转|总额|执行|支付|支出|指标值|实际完成|标准|不少于|不超过|每人|每户|每年|人均|累计|上年|去年|同比|资产|收入|产值|规模|税|贷款|融资/;

/**
 * Money the prose says was put to use (“拿出130万元，对…进行表彰激励”) in sentences that are not
 * about the budget, a target or a result, for the audit to hold against the whole budget.
 * `consumed` are the ranges other readers already took (indicator statements, scores).
 */
export function readStatedAmounts(text: string, consumed: readonly { start: number; end: number }[]): StatedAmount[] {
  const amounts: StatedAmount[] = [];
  let offset = 0;
  for (const sentence of text.split('。')) {
    const start = offset;
    offset += sentence.length + 1;
    if (NOT_A_USE.test(sentence) || consumed.some((r) => r.start < start + sentence.length && r.end > start)) continue;
    for (const match of sentence.matchAll(MONEY)) {
      const clauses = sentence.split(/[，,；;]/);
      let position = 0;
      const index = clauses.findIndex((clause) => {
        const within = match.index >= position && match.index < position + clause.length;
        position += clause.length + 1;
        return within;
      });
      const text = clauses.slice(index, index + 2).join('，').trim();
      amounts.push({ amount: toYuan(match[1] ?? '0', match[2] ?? ''), text, at: start + match.index });
    }
  }
  return amounts;
}
