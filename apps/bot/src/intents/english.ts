import lexicon from './lexicon/english.json' with { type: 'json' };

const PHRASES: readonly (readonly [RegExp, string])[] = lexicon.phrases.map(([english = '', chinese = '']) => [
  new RegExp(`\\b${english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g'),
  ` ${chinese} `,
]);
const STOP_WORDS = new RegExp(`\\b(?:${lexicon.stopWords.map((w) => w.replace(/'/g, "'?")).join('|')})\\b`, 'g');

/**
 * English questions get the same answers: known phrases become the Chinese words the parser reads
 * (lexicon/english.json), and the filler words around them are dropped. Only a text with at least one known
 * phrase is touched, so pinyin initials (zzgzjf) and Chinese stay as they are. Expects normalised text.
 */
export function translateEnglish(text: string): string {
  let translated = text;
  for (const [pattern, chinese] of PHRASES) translated = translated.replace(pattern, chinese);
  if (translated === text) return text;
  return translated.replace(STOP_WORDS, ' ').replace(/\s+/g, ' ').trim();
}
