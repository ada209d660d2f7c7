/**
 * One-for-one character normalisation of a report before it is scanned: full-width digits, Latin
 * letters and number signs become half-width (“９１．０２％” → “91.02%”). Chinese punctuation —
 * （）“”，；： — is left alone because names keep it (“支持县市政法委数量（含3个园区）”), and every
 * character maps to exactly one character so that positions found in the normalised text are
 * positions in the original.
 */
export function normaliseReport(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
      out += String.fromCodePoint(code - 0xfee0);
    } else if (ch === '％' || ch === '＋' || ch === '－' || ch === '＝' || ch === '＜' || ch === '＞') {
      out += String.fromCodePoint(code - 0xfee0);
    } else if (ch === '．') {
      out += '.';
    } else if (ch === '\u3000' || ch === '\u00a0' || ch === '\r' || ch === '\t') {
      out += ' ';
    } else {
      out += ch;
    }
  }
  return out;
}

/** Opening and closing quote marks reports use around names and values. */
export const OPEN_QUOTES = '“「『"‘';
export const CLOSE_QUOTES = '”」』"’';
export const ALL_QUOTES = /[“”「」『』"‘’]/g;

/** A number as written in the report: 100, 91.02, 7.9. */
export const NUMBER = String.raw`\d+(?:\.\d+)?`;
