import { Decimal } from '../money/decimal.js';
import { direction, OPERATOR_PREFIXES, OPERATOR_SIGNS, OPERATOR_SUFFIXES } from './operators.js';
import { fail, ok, quote, type ParseResult } from './parse-result.js';
import type { Quantity, TargetOperator } from './target.js';

/** A number with its unit and the operator written around it, if any. */
export interface ReadQuantity {
  readonly operator: TargetOperator | undefined;
  readonly quantity: Quantity;
}

/** The characters a written number is made of; a run of them must then be one well-formed number. */
const NUMBER_RUN = /^[0-9.,]*/;
/** 266, 60.32, 1,000 (thousands grouped by threes only: “1,2,3” is not a number). */
const WELL_FORMED_NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/**
 * A unit: %, ‰, a word in Chinese characters kept as written (次, 万元, 平方米, 人次, 个百分点),
 * or a short Latin symbol (m, km, m2 from NFKC of ㎡), optionally “per” something (元/人, 次/年).
 */
const UNIT = /^(?:%|‰|℃|\p{Script=Han}{1,8}|[A-Za-z]{1,5}[23]?)(?:\/(?:\p{Script=Han}{1,4}|[A-Za-z]{1,5}))?$/u;

/**
 * Reads `[operator] number [unit] [以上|以下|以内…]`. Answers `undefined` when the text neither
 * starts with an operator nor with a number (it is then something else, or nothing we read).
 */
export function readQuantity(text: string, input: string): ParseResult<ReadQuantity> | undefined {
  // “每亩300” (零陵's 成本指标): what the amount is per, written before it.
  const per = PER_PREFIX.exec(text);
  const read = readBare(per ? text.slice(per[0].length) : text, input);
  if (!per || !read?.ok) return read;
  const { unit } = read.value.quantity;
  if (unit.includes('/')) return fail('unrecognised', input, `${quote(input)}中的单位“每${per[1]}…${unit}”无法识别`);
  return ok({ operator: read.value.operator, quantity: { value: read.value.quantity.value, unit: `${unit}/${per[1]}` } });
}

/** “每亩” / “每人” before an operator or a number. */
const PER_PREFIX = /^每(\p{Script=Han}{1,2})(?=[0-9≥≤<>=])/u;

function readBare(text: string, input: string): ParseResult<ReadQuantity> | undefined {
  const prefix = OPERATOR_PREFIXES.find(([word]) => text.startsWith(word));
  let rest = prefix === undefined ? text : text.slice(prefix[0].length);
  let sign = '';
  if ((rest.startsWith('-') || rest.startsWith('+')) && /^[0-9]/.test(rest.slice(1))) {
    sign = rest.charAt(0);
    rest = rest.slice(1);
  }
  const run = NUMBER_RUN.exec(rest)?.[0] ?? '';
  if (run === '') {
    if (prefix === undefined) return undefined;
    return fail('unrecognised', input, `${quote(input)}中“${prefix[0]}”后面缺少数值，应写成如“≥2次”`);
  }
  const value = WELL_FORMED_NUMBER.test(run) ? Decimal.tryParse(sign + run) : undefined;
  if (value === undefined) return fail('invalidNumber', input, `${quote(input)}中的“${sign}${run}”不是有效的数字`);

  let unit = rest.slice(run.length);
  const suffix = OPERATOR_SUFFIXES.find(([word]) => unit.endsWith(word) && isUnit(unit.slice(0, -word.length)));
  if (suffix !== undefined) unit = unit.slice(0, -suffix[0].length);
  if (!isUnit(unit)) {
    return fail('unrecognised', input, `${quote(input)}中的单位“${unit}”无法识别`);
  }

  const operator = combine(prefix?.[1], suffix?.[1]);
  if (operator === 'conflict') {
    return fail(
      'unrecognised',
      input,
      `${quote(input)}前后的比较方式矛盾（“${prefix?.[0] ?? ''}”与“${suffix?.[0] ?? ''}”），无法确定是≥还是≤`,
    );
  }
  return ok({ operator, quantity: { value, unit } });
}

/** No unit at all (“≥5”) is a unit too: the number is a plain count. */
function isUnit(text: string): boolean {
  return text === '' || UNIT.test(text);
}

/**
 * A prefix and a suffix saying the same thing (“不低于95%以上”) are one operator; the prefix is
 * kept because it says whether the bound is included. Opposite directions are an error.
 */
function combine(
  prefix: TargetOperator | undefined,
  suffix: TargetOperator | undefined,
): TargetOperator | undefined | 'conflict' {
  if (prefix === undefined) return suffix;
  if (suffix === undefined) return prefix;
  return direction(prefix) === direction(suffix) && direction(prefix) !== 'exact' ? prefix : 'conflict';
}

/** The canonical spelling of a quantity behind an optional operator: `≥2次`, `60.32万元`. */
export function writeQuantity(operator: TargetOperator | undefined, quantity: Quantity): string {
  const sign = operator === undefined ? '' : OPERATOR_SIGNS[operator];
  // Only what it is per, no unit of its own: written the way it was read (“每亩≤300”).
  if (quantity.unit.startsWith('/')) return `每${quantity.unit.slice(1)}${sign}${quantity.value.toString()}`;
  return `${sign}${quantity.value.toString()}${quantity.unit}`;
}
