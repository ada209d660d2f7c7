/**
 * Terminal columns of a text: East Asian Wide and Fullwidth characters (Unicode UAX #11) take 2,
 * combining marks and zero-width characters 0, everything else 1. Ambiguous-width characters
 * (“”, ≥, ×, box drawing) count 1, as Western-locale terminals draw them; tables therefore use
 * only ASCII rules.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += codePointWidth(char.codePointAt(0) ?? 0);
  return width;
}

/** Ranges of UAX #11 East Asian Width W and F, abridged to blocks that occur in Chinese text. */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo initials
  [0x2e80, 0x303e], // CJK radicals, Kangxi, CJK symbols and punctuation (、。「」【】, U+3000 space)
  [0x3041, 0x33ff], // kana, bopomofo, CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small forms
  [0xff00, 0xff60], // fullwidth forms （），：；
  [0xffe0, 0xffe6], // fullwidth signs ￥
  [0x1f300, 0x1f64f], // pictographs, emoticons
  [0x1f900, 0x1f9ff], // supplemental symbols and pictographs
  [0x20000, 0x3fffd], // CJK extensions B and beyond
];

const ZERO_WIDTH_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x001f], // C0 controls
  [0x007f, 0x009f], // DEL, C1 controls
  [0x0300, 0x036f], // combining diacritical marks
  [0x200b, 0x200f], // zero-width space, joiners, direction marks
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // byte-order mark
];

export function codePointWidth(codePoint: number): 0 | 1 | 2 {
  if (inRanges(codePoint, ZERO_WIDTH_RANGES)) return 0;
  return inRanges(codePoint, WIDE_RANGES) ? 2 : 1;
}

function inRanges(codePoint: number, ranges: readonly (readonly [number, number])[]): boolean {
  return ranges.some(([low, high]) => codePoint >= low && codePoint <= high);
}

/** Pads with spaces to `width` columns, on the right (left-aligned) or on the left (right-aligned). */
export function padToWidth(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const padding = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + padding : padding + text;
}
