/**
 * Character-level similarity for short Chinese names (chat-platforms README: generic fuzzy libraries score them
 * poorly). Three signals: substring containment, in-order character coverage (longest common subsequence, which
 * accepts dropped characters: 综治经费 ⊂ 综治工作经费) and character-bigram overlap (Dice).
 */

/** Above every partial match: an exact alias always wins. */
export const EXACT = 1;
const SUBSTRING_BASE = 0.8;
/** Partial matches stay below substring matches so that containment is preferred. */
const PARTIAL_CAP = 0.79;

export function similarity(mention: string, alias: string): number {
  if (mention === '' || alias === '') return 0;
  if (mention === alias) return EXACT;
  if (alias.includes(mention)) return SUBSTRING_BASE + 0.15 * (mention.length / alias.length);
  // A mention with extra words around a name ("综治工作经费预算"); a short alias inside a longer mention
  // ("综治" in "综治中心经费") says little and is left to the partial score.
  if (mention.includes(alias) && alias.length / mention.length >= 0.6) return SUBSTRING_BASE + 0.15 * (alias.length / mention.length);
  const common = lcsLength(mention, alias);
  const mentionCoverage = common / mention.length;
  const aliasCoverage = common / alias.length;
  return Math.min(PARTIAL_CAP, 0.5 * mentionCoverage + 0.25 * aliasCoverage + 0.25 * bigramDice(mention, alias));
}

/** Share of the mention's characters found in order in the alias. */
export function mentionCoverage(mention: string, alias: string): number {
  return mention === '' ? 0 : lcsLength(mention, alias) / mention.length;
}

function lcsLength(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = new Array<number>(y.length + 1).fill(0);
  for (const cx of x) {
    const current = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      current[j] = cx === y[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, current[j - 1] ?? 0);
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
}

function bigrams(text: string): string[] {
  const chars = [...text];
  return chars.slice(1).map((c, i) => `${chars[i] ?? ''}${c}`);
}

function bigramDice(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  if (left.length === 0 || right.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const g of right) pool.set(g, (pool.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of left) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(g, n - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}
