/**
 * Display of the API's exact decimals (the `Decimal` scalar: strings such as "910200.00", "91.02").
 * Thin adapters over @jixiao/core — its `Decimal`, its rounding policy (docs/rounding.md: 2 decimals,
 * half away from zero) and its `formatWanYuan` / `formatPercent` / `formatScore` — that take the
 * API's strings, show a dash for absent values, and add the one thing the core leaves to a screen:
 * thousands separators in large amounts. Money never passes through a float here.
 */
import {
  Decimal,
  formatPercent as corePercent,
  formatScore as coreScore,
  formatWanYuan as coreWanYuan,
  toWanYuan,
  WAN_YUAN_DECIMALS,
} from '@jixiao/core';

export interface DecimalFormatOptions {
  /** Places after the point (default 2, the policy's WAN_YUAN_DECIMALS / SCORE_DECIMALS / PERCENT_DECIMALS). */
  readonly decimals?: number;
  /** Thousands separators (default true). */
  readonly grouping?: boolean;
}

/** The API's decimals are plain ("-12.30"); the core's parser also reads "1e3" or "1,234", which the API never sends. */
const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** Parses an API decimal string; anything else is a contract error, thrown as a RangeError. */
export function parseDecimal(text: string): Decimal {
  if (!PLAIN_DECIMAL.test(text.trim())) throw new RangeError(`not a decimal: "${text}"`);
  return Decimal.from(text.trim());
}

/** "1234567.80" → "1,234,567.80" (only the integer part is grouped). */
function group(fixed: string): string {
  const [whole = '', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** Rounded by the core's policy; "-0.00" would tell the reader something was lost, so zero has no sign. */
function fixed(value: Decimal, decimals: number): string {
  const rounded = value.round(decimals);
  return (rounded.isZero() ? Decimal.ZERO : rounded).toFixed(decimals);
}

/** "1234.5" → "1,234.50". */
export function formatDecimal(text: string, { decimals = 2, grouping = true }: DecimalFormatOptions = {}): string {
  const result = fixed(parseDecimal(text), decimals);
  return grouping ? group(result) : result;
}

/** An amount in 元 in 万元, by the core's `toWanYuan`: "910200.00" → "91.02". */
export function yuanToWanYuan(yuan: string, { grouping = true }: Pick<DecimalFormatOptions, 'grouping'> = {}): string {
  const result = fixed(toWanYuan(parseDecimal(yuan)), WAN_YUAN_DECIMALS);
  return grouping ? group(result) : result;
}

/**
 * A `Money` in 万元 with its unit, by the core's `formatWanYuan` from the exact 元:
 * { yuan: "910200.00" } → "91.02万元", { yuan: "123456000" } → "12,345.60万元"; null → "—".
 */
export function formatWanYuan(money: { readonly yuan: string } | null | undefined): string {
  return money == null ? '—' : group(coreWanYuan(parseDecimal(money.yuan)));
}

/** A percent decimal (`Rate.percent`) by the core's `formatPercent`: "91.02" → "91.02%"; null (no rate defined) → "—". */
export function formatPercent(percent: string | null | undefined): string {
  if (percent == null) return '—';
  return corePercent(parseDecimal(percent).movePointLeft(2).dividedBy(Decimal.ONE));
}

/** A score by the core's `formatScore`: "4.551" → "4.55"; null (not scored) → "—". */
export function formatScore(score: string | null | undefined): string {
  return score == null ? '—' : coreScore(parseDecimal(score));
}

/**
 * A decimal as a chart coordinate. ECharts draws numbers; this is the only place one is made, from
 * an already rounded display value, and nothing is computed with it.
 */
export function chartValue(text: string | null | undefined): number | null {
  return text == null ? null : parseDecimal(text).toNumber();
}
