/**
 * Normalises chat text before any matching: NFKC turns full-width letters, digits and "％" into ASCII
 * (staff type on Chinese IMEs), letters are lower-cased, and Chinese and ASCII punctuation become spaces.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[，。、！？；：“”‘’"'（）()《》【】[\]{}<>!?,;:~…·—\-_/\\|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const DIGITS: Readonly<Record<string, number>> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Reads "5", "五", "十", "十二", "二十" (the counts staff write in "前五个"); undefined otherwise. */
export function parseSmallNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const tens = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(text);
  if (tens !== null) return (tens[1] === undefined ? 1 : (DIGITS[tens[1]] ?? 0)) * 10 + (tens[2] === undefined ? 0 : (DIGITS[tens[2]] ?? 0));
  return text.length === 1 ? DIGITS[text] : undefined;
}
