import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH, parseActual, parseTarget } from './parse-target.js';

/** Characters the parser cares about, so that random strings come close to real forms. */
const formAlphabet = fc.constantFrom(
  ...'0123456789０１２３４５６７８９.．,，-/%％‰≥≤=＝<>＜＞≧≦≮≯ 　“”"「」年月日底前之完成以上下内不低于超过次个万元米逐步提高达成是'.split(''),
);

describe('parseTarget and parseActual on any text', () => {
  it('never throw and always answer ok or a typed error', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.string({ unit: formAlphabet, maxLength: 40 }),
    );
    fc.assert(
      fc.property(text, fc.option(fc.integer({ min: -1, max: 10_000 }), { nil: undefined }), (input, fiscalYear) => {
        const options = fiscalYear === undefined ? {} : { fiscalYear };
        for (const result of [parseTarget(input, options), parseActual(input, options)]) {
          if (result.ok) {
            expect(result.value.text).toBe(input);
          } else {
            expect(result.error.input).toBe(input);
            expect(result.error.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('read full-width spellings as their half-width forms', () => {
    const fullWidth = (text: string): string =>
      text.replace(/[0-9.%=<>]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replaceAll('≥', '≧').replaceAll('≤', '≦');
    const operator = fc.constantFrom('', '≥', '≤', '=', '<', '>', '不低于', '不超过');
    const number = fc
      .tuple(fc.nat({ max: 1_000_000 }), fc.option(fc.nat({ max: 9999 }), { nil: undefined }))
      .map(([whole, fraction]) => (fraction === undefined ? `${whole}` : `${whole}.${fraction}`));
    const unit = fc.constantFrom('', '%', '次', '万元', '米');
    fc.assert(
      fc.property(operator, number, unit, (op, n, u) => {
        const half = `${op}${n}${u}`;
        const full = fullWidth(half);
        const a = parseTarget(half);
        const b = parseTarget(full);
        expect(b.ok).toBe(a.ok);
        if (a.ok && b.ok) expect({ ...b.value, text: half }).toEqual(a.value);
      }),
    );
  });

  // A catastrophically backtracking pattern would hang on these (exponential time): the test's
  // timeout catches that. Speed itself is measured in pnpm bench, never asserted in a unit test.
  it('answers inputs built to make a backtracking pattern hang', () => {
    const hostile = [
      '1'.repeat(MAX_TEXT_LENGTH),
      `${'1,'.repeat(MAX_TEXT_LENGTH / 2 - 1)}x`,
      `${'1'.repeat(MAX_TEXT_LENGTH - 1)}.`,
      `≥${'9'.repeat(MAX_TEXT_LENGTH - 2)}次`,
      `${'年'.repeat(MAX_TEXT_LENGTH)}`,
      `2022年${'前'.repeat(MAX_TEXT_LENGTH - 5)}`,
      `1${'次'.repeat(MAX_TEXT_LENGTH - 1)}`,
      ' '.repeat(MAX_TEXT_LENGTH),
      '“'.repeat(MAX_TEXT_LENGTH),
      `${'1 '.repeat(MAX_TEXT_LENGTH / 2)}`,
    ];
    for (const text of hostile) {
      expect(typeof parseTarget(text).ok).toBe('boolean');
      expect(typeof parseActual(text).ok).toBe('boolean');
    }
  });
});
