/**
 * Character-level similarity for short Chinese names (chat-platforms README: generic fuzzy libraries score them
 * poorly). Three signals: substring containment, in-order character coverage (longest common subsequence, which
 * accepts dropped characters: 综治经费 ⊂ 综治工作经费) and character-bigram overlap (Dice).
 * Strings are compared by UTF-16 code unit: project names are BMP characters.
 */

/** Above every partial match: an exact alias always wins. */
const EXACT = 1;
const SUBSTRING_BASE = 0.8;
/** Partial matches stay below substring matches so that containment is preferred. */
export const PARTIAL_CAP = 0.79;

export function similarity(mention: string, alias: string): number {
  if (mention === '' || alias === '') return 0;
  if (mention === alias) return EXACT;
  if (alias.includes(mention)) return SUBSTRING_BASE + 0.15 * (mention.length / alias.length);
  // A mention with extra words around a name ("综治工作经费预算"); a short alias inside a longer mention
  // ("综治" in "综治中心经费") says little and is left to the partial score.
  if (mention.includes(alias) && alias.length / mention.length >= 0.6) return SUBSTRING_BASE + 0.15 * (alias.length / mention.length);
  const common = lcsLength(mention, alias);
  if (common === 0) return 0;
  const mentionCoverage = common / mention.length;
  const aliasCoverage = common / alias.length;
  return Math.min(PARTIAL_CAP, 0.5 * mentionCoverage + 0.25 * aliasCoverage + 0.25 * bigramDice(mention, alias));
}

/** Share of the mention's characters found in order in the alias. */
export function mentionCoverage(mention: string, alias: string): number {
  return mention === '' ? 0 : lcsLength(mention, alias) / mention.length;
}

/**
 * How many of the mention's characters occur in the alias at all: an upper bound of the LCS, computed without
 * allocation, so that a scan over thousands of candidates skips most of them cheaply.
 */
export function sharedCharacters(mention: string, alias: string): number {
  let shared = 0;
  for (let i = 0; i < mention.length; i++) if (alias.includes(mention.charAt(i))) shared++;
  return shared;
}

// One reusable row pair: resolution runs synchronously, and names are short.
let previous = new Uint16Array(64);
let current = new Uint16Array(64);

function lcsLength(a: string, b: string): number {
  if (b.length + 1 > previous.length) {
    previous = new Uint16Array(b.length + 1);
    current = new Uint16Array(b.length + 1);
  }
  previous.fill(0, 0, b.length + 1);
  for (let i = 0; i < a.length; i++) {
    const ca = a.charCodeAt(i);
    current[0] = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = previous[j] ?? 0;
      const left = current[j - 1] ?? 0;
      current[j] = ca === b.charCodeAt(j - 1) ? (previous[j - 1] ?? 0) + 1 : up > left ? up : left;
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

function bigramDice(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return 0;
  const pool = new Map<string, number>();
  for (let i = 1; i < b.length; i++) {
    const gram = b.slice(i - 1, i + 1);
    pool.set(gram, (pool.get(gram) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 1; i < a.length; i++) {
    const gram = a.slice(i - 1, i + 1);
    const n = pool.get(gram) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(gram, n - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}
