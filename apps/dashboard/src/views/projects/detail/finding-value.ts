import { formatWanYuan } from '../../../utils/decimal-format';

/** docs/audit-findings.md: the budget.* findings compare amounts, which the core hands over in 元. */
const MONEY_CODES = /^budget\./;
const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * A finding's claimed or computed value as the page writes it: an amount in 万元 like its message
 * and the rest of the page ("918200.00" 元 → "91.82万元"), anything else as the audit gave it.
 */
export function findingValue(code: string, value: string | null): string {
  if (value === null) return '';
  return MONEY_CODES.test(code) && PLAIN_DECIMAL.test(value) ? formatWanYuan({ yuan: value }) : value;
}
