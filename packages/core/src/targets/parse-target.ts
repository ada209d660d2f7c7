import { impliedOperator } from './implied-operator.js';
import { normaliseText } from './normalise-text.js';
import { fail, ok, quote, type ParseResult } from './parse-result.js';
import { readQualitative } from './qualitative-wording.js';
import { readDate } from './read-date.js';
import { readQuantity } from './read-quantity.js';
import type { Actual, Target, TargetOperator } from './target.js';

export interface ParseTargetOptions {
  /** The project's 年度: needed for texts that name no year (“12月底之前完成”, “年底前完成”). */
  readonly fiscalYear?: number | undefined;
  /**
   * The operator to use when the text has none, for forms with a separate 指标性质 (≥/≤/=) column.
   * Without it the operator is implied from the unit (see `impliedOperator`).
   */
  readonly implicitOperator?: TargetOperator;
  /** The indicator is a 成本指标 (产出成本): a sum of money written without an operator is its cap. */
  readonly costIndicator?: boolean;
}

/**
 * Longest text read. Real cells are a few characters (“12月底之前完成” is the longest form seen); the
 * limit keeps a pasted paragraph from being taken for a target and bounds the work done.
 */
export const MAX_TEXT_LENGTH = 200;

/** Reads a 指标值 (target) such as “≥2次”, “不超过3万元”, “2022年12月20日”, “逐步提高”. Never throws. */
export function parseTarget(text: string, options: ParseTargetOptions = {}): ParseResult<Target> {
  const prepared = prepare(text);
  if (!prepared.ok) return prepared;
  const normal = prepared.value;

  const date = readDate(normal, text, options.fiscalYear);
  if (date !== undefined) {
    return date.ok ? ok({ kind: 'date', operator: 'lte', date: date.value.date, monthEnd: date.value.monthEnd, text }) : date;
  }
  const expectation = readQualitative(normal);
  if (expectation !== undefined) return ok({ kind: 'qualitative', expectation, text });

  const read = readQuantity(normal, text);
  if (read === undefined) return unrecognised(text);
  if (!read.ok) return read;
  const { operator, quantity } = read.value;
  // One object shape whether or not the operator was written (see Indicator).
  if (operator !== undefined) return ok({ kind: 'quantitative', operator, quantity, operatorImplied: undefined, text });
  return ok({ kind: 'quantitative', operator: options.implicitOperator ?? impliedOperator(quantity, options.costIndicator), quantity, operatorImplied: true, text });
}

/**
 * Reads a 实际完成值 (actual) such as “3次”, “60.32万元”, “2022年1月25日”, “逐步提高”. An actual written
 * like a target (“≥266米”, from the published 中江县 table) is read, with the operator kept in
 * `writtenAsTarget` so that an audit can report it. Never throws.
 */
export function parseActual(text: string, options: ParseTargetOptions = {}): ParseResult<Actual> {
  const prepared = prepare(text);
  if (!prepared.ok) return prepared;
  const normal = prepared.value;

  // A month-end actual (“12月底前完成”) is read as the month's last day: the latest day the text
  // allows, so a deadline check on it can only err on the strict side.
  const date = readDate(normal, text, options.fiscalYear);
  if (date !== undefined) return date.ok ? ok({ kind: 'date', date: date.value.date, text }) : date;

  const expectation = readQualitative(normal);
  if (expectation !== undefined) return ok({ kind: 'qualitative', expectation, text });

  const read = readQuantity(normal, text);
  if (read === undefined) return unrecognised(text);
  if (!read.ok) return read;
  const { operator, quantity } = read.value;
  return ok({ kind: 'quantitative', quantity, writtenAsTarget: operator, text });
}

/** Rejects empty and overlong texts, and brings the rest to one spelling. */
function prepare(text: string): ParseResult<string> {
  if (text.length > MAX_TEXT_LENGTH) {
    return fail('tooLong', text, `指标值过长（${text.length} 个字符，最多 ${MAX_TEXT_LENGTH} 个），不像是一个指标值：${quote(text)}`);
  }
  const normal = normaliseText(text);
  if (normal === '') return fail('empty', text, '指标值为空');
  return ok(normal);
}

function unrecognised<T>(text: string): ParseResult<T> {
  return fail(
    'unrecognised',
    text,
    `无法识别${quote(text)}：既不是数值（如“≥2次”“≤20万元”），也不是日期（如“2022年12月20日”“12月底之前完成”），也不是定性描述（如“逐步提高”“达成”）`,
  );
}
