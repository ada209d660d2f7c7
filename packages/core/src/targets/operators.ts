import type { TargetOperator } from './target.js';

/** The canonical sign of each operator, as the sample report and the published tables print them. */
export const OPERATOR_SIGNS: Readonly<Record<TargetOperator, string>> = {
  gte: '≥',
  gt: '>',
  eq: '=',
  lte: '≤',
  lt: '<',
};

/**
 * Words and signs written before the number, longest first so that 大于等于 wins over 大于.
 * Whether the bound itself counts follows the statutory reading of these words
 * (《民法典》第一千二百五十九条: 以上、以下、以内 include the number; 超过、不满 do not).
 */
export const OPERATOR_PREFIXES: ReadonlyArray<readonly [string, TargetOperator]> = sortLongestFirst([
  ['≥', 'gte'],
  ['>', 'gt'],
  ['=', 'eq'],
  ['≤', 'lte'],
  ['<', 'lt'],
  ['大于等于', 'gte'],
  ['大于或等于', 'gte'],
  ['不低于', 'gte'],
  ['不少于', 'gte'],
  ['不小于', 'gte'],
  ['至少', 'gte'],
  ['最少', 'gte'],
  ['最低', 'gte'],
  ['达到', 'gte'],
  ['大于', 'gt'],
  ['高于', 'gt'],
  ['多于', 'gt'],
  ['超过', 'gt'],
  ['等于', 'eq'],
  ['小于等于', 'lte'],
  ['小于或等于', 'lte'],
  ['不超过', 'lte'],
  ['不高于', 'lte'],
  ['不多于', 'lte'],
  ['不大于', 'lte'],
  ['至多', 'lte'],
  ['最多', 'lte'],
  ['最高', 'lte'],
  // Cost caps are commonly written “控制在20万元以内”.
  ['控制在', 'lte'],
  ['小于', 'lt'],
  ['低于', 'lt'],
  ['少于', 'lt'],
  ['不足', 'lt'],
  ['不满', 'lt'],
  ['不到', 'lt'],
]);

/** Words written after the unit: “95%以上”, “20万元以内”, “3天内”. */
export const OPERATOR_SUFFIXES: ReadonlyArray<readonly [string, TargetOperator]> = sortLongestFirst([
  ['以上', 'gte'],
  ['及以上', 'gte'],
  ['或以上', 'gte'],
  ['以下', 'lte'],
  ['及以下', 'lte'],
  ['或以下', 'lte'],
  ['以内', 'lte'],
  ['之内', 'lte'],
  ['内', 'lte'],
]);

/** Which way an operator points; a prefix and a suffix must agree on it (“不低于95%以上”). */
export function direction(operator: TargetOperator): 'up' | 'down' | 'exact' {
  if (operator === 'gte' || operator === 'gt') return 'up';
  if (operator === 'lte' || operator === 'lt') return 'down';
  return 'exact';
}

function sortLongestFirst(
  entries: ReadonlyArray<readonly [string, TargetOperator]>,
): ReadonlyArray<readonly [string, TargetOperator]> {
  return [...entries].sort(([a], [b]) => b.length - a.length);
}
