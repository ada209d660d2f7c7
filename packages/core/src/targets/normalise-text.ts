/**
 * Brings a cell of a form to one spelling before it is read: half-width digits and signs, one
 * symbol per comparison, no surrounding quotes, no stray spaces.
 */

/**
 * Comparison signs that NFKC leaves alone. ≧/≦ are what Japanese-layout IMEs produce (the sample
 * report writes 满意度 “≧90%”); ≮/≯ (“not less / not greater than”) appear in Chinese
 * engineering specifications; `>=`/`<=` come from NFKC of full-width ＞＝/＜＝ and from spreadsheets.
 */
const SIGN_SPELLINGS: ReadonlyArray<readonly [string, string]> = [
  ['>=', '≥'],
  ['<=', '≤'],
  ['≧', '≥'],
  ['≦', '≤'],
  ['⩾', '≥'],
  ['⩽', '≤'],
  ['≮', '≥'],
  ['≯', '≤'],
];

/** Quote marks that forms and reports put around a value (the sample report: 预期指标值为“≥2次”). */
const QUOTES = new Set(['"', "'", '“', '”', '‘', '’', '「', '」', '『', '』']);

/** Sentence punctuation that trails a value copied out of running text (“≧90%；”). */
const TRAILING_PUNCTUATION = new Set(['。', ';', ',', '、', '!', '?']);

const DIGIT = /^[0-9]$/;

export function normaliseText(raw: string): string {
  let text = raw.normalize('NFKC');
  for (const [spelling, sign] of SIGN_SPELLINGS) text = text.replaceAll(spelling, sign);
  // Spaces between two digits are kept so that “1 2次” stays unreadable instead of becoming 12.
  text = text.replace(/\s+/gu, (run: string, offset: number, whole: string) =>
    DIGIT.test(whole.charAt(offset - 1)) && DIGIT.test(whole.charAt(offset + run.length)) ? ' ' : '',
  );
  return stripEnds(text);
}

function stripEnds(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && QUOTES.has(text.charAt(start))) start += 1;
  while (end > start && (QUOTES.has(text.charAt(end - 1)) || TRAILING_PUNCTUATION.has(text.charAt(end - 1)))) end -= 1;
  return text.slice(start, end);
}
