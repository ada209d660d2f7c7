import { CANONICAL_PHRASES } from './qualitative-wording.js';
import { writeQuantity } from './read-quantity.js';
import type { Actual, PlainDate, Target } from './target.js';

/**
 * The canonical text of a target: `≥2次`, `≤20万元`, `2022年12月20日`, `2022年12月底前`, `逐步提高`.
 * The operator is always written, also when the original text implied it, so the canonical text
 * says what will be scored. {@link parseTarget} reads it back to the same operator and quantity.
 */
export function formatTarget(target: Target): string {
  switch (target.kind) {
    case 'quantitative':
      return writeQuantity(target.operator, target.quantity);
    case 'date':
      // The year is written out so that the text reads back without a fiscal year.
      return target.monthEnd ? `${target.date.year}年${target.date.month}月底前` : formatDate(target.date);
    case 'qualitative':
      return CANONICAL_PHRASES[target.expectation];
  }
}

/** The canonical text of an actual: `3次`, `60.32万元`, `≥266米` (written as a target), `2022年1月25日`. */
export function formatActual(actual: Actual): string {
  switch (actual.kind) {
    case 'quantitative':
      return writeQuantity(actual.writtenAsTarget, actual.quantity);
    case 'date':
      return formatDate(actual.date);
    case 'qualitative':
      return CANONICAL_PHRASES[actual.expectation];
  }
}

/** 2022年12月20日, the way the sample report writes dates. */
export function formatDate(date: PlainDate): string {
  return `${date.year}年${date.month}月${date.day}日`;
}
