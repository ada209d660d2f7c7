import { Ratio, formatScore, formatWanYuan, fromWanYuan, toWanYuan, type Decimal, type FindingCode, type FindingValue } from '@jixiao/core';
import { scoreNumber } from './json-number.js';

/**
 * What a finding's Decimal values measure, which decides how they are rounded: scores and weights
 * to 2 decimals; amounts in 元 exactly (a 1元 difference is the finding); rates as the fraction
 * the core already rounded (0.983 = 98.3%); counts of indicators as whole numbers.
 */
export type FindingValueKind = 'score' | 'amount' | 'rate' | 'count';

export function findingValueKind(code: FindingCode): FindingValueKind {
  if (code.startsWith('budget.') || code === 'statement.amountAboveBudget') return 'amount';
  if (code === 'statement.indicatorCount') return 'count';
  if (code === 'monitoring.scoreRateOverExecution') return 'rate';
  return 'score';
}

/** For `--json`: a number for a Decimal, the text as written otherwise. */
export function findingValueJson(value: FindingValue, kind: FindingValueKind): number | string {
  if (typeof value === 'string') return value;
  return kind === 'score' ? scoreNumber(value) : value.toNumber();
}

/** For the table: 4.55, 91.02万元, 98.30%, “与预期目标一致”. */
export function findingValueText(value: FindingValue, kind: FindingValueKind): string {
  if (typeof value === 'string') return `“${value}”`;
  if (kind === 'score') return formatScore(value);
  if (kind === 'rate') return Ratio.fromDecimal(value).toPercent(2);
  if (kind === 'count') return value.normalize().toString();
  return amountText(value);
}

/** 万元 as reports write it, unless rounding to 万元 would hide part of the amount. */
function amountText(yuan: Decimal): string {
  return fromWanYuan(toWanYuan(yuan)).eq(yuan) ? formatWanYuan(yuan) : `${yuan.normalize().toString()}元`;
}
