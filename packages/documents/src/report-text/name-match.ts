import { ALL_QUOTES } from './normalise.js';

/**
 * Tolerant matching of indicator names. Reports spell one indicator two ways (the sample writes
 * 通信连路费 in its targets and 通信链路费 in its results, 慰问奖励经费 and 维稳奖励经费), drop quote
 * marks and switch bracket widths; a name matches when its normal form is equal or within a small
 * edit distance that grows with its length (1 for 4–9 characters, 2 for 10–14, 3 from 15).
 */
export function normaliseName(name: string): string {
  return name
    .replace(ALL_QUOTES, '')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')')
    .replace(/[\s，,、。；;：:]/g, '')
    .replace(/指标$/, '');
}

export function tolerance(length: number): number {
  if (length < 4) return 0;
  return Math.max(1, Math.floor(length / 5));
}

/** Levenshtein distance on code points, stopping early once above `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let previous = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[y.length] ?? 0;
}

/** Distance between two names' normal forms, or undefined when they are too far apart to be one. */
export function nameDistance(a: string, b: string): number | undefined {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (x === y) return 0;
  const limit = tolerance(Math.min([...x].length, [...y].length));
  const distance = editDistance(x, y, limit);
  return distance <= limit ? distance : undefined;
}

/**
 * Pairs each item of `left` with at most one of `right`, closest names first, so that two similar
 * names (数量 vs 次数) cannot both claim the same partner.
 */
export function pairByName<L, R>(left: readonly L[], right: readonly R[], nameOfLeft: (l: L) => string, nameOfRight: (r: R) => string): Map<L, R> {
  const candidates: { l: L; r: R; distance: number; order: number }[] = [];
  left.forEach((l, i) =>
    right.forEach((r, j) => {
      const distance = nameDistance(nameOfLeft(l), nameOfRight(r));
      if (distance !== undefined) candidates.push({ l, r, distance, order: i * right.length + j });
    }),
  );
  candidates.sort((a, b) => a.distance - b.distance || a.order - b.order);
  const pairs = new Map<L, R>();
  const taken = new Set<R>();
  for (const { l, r } of candidates) {
    if (pairs.has(l) || taken.has(r)) continue;
    pairs.set(l, r);
    taken.add(r);
  }
  return pairs;
}

/**
 * Whether running text mentions a name: the whole name, or a distinctive part of it (a segment of
 * at least 4 characters before 、 or a bracket: “铁路护路” of “铁路护路、见义勇为慰问奖励经费”), exactly
 * or within the tolerance (“电信链路费” for 通信链路费).
 */
export function mentions(text: string, names: readonly string[]): boolean {
  const haystack = normaliseName(text);
  for (const name of names) {
    const keys = [name, ...name.split(/[、（(]/)].map(normaliseName).filter((key, i) => i === 0 || [...key].length >= 4);
    for (const key of keys) {
      if (key === '') continue;
      if (haystack.includes(key)) return true;
      const limit = tolerance([...key].length);
      if (limit > 0 && containsApproximately(haystack, key, limit)) return true;
    }
  }
  return false;
}

/** Some window of `text` as long as `key` within `limit` substitutions (typos, not insertions). */
function containsApproximately(text: string, key: string, limit: number): boolean {
  const t = [...text];
  const k = [...key];
  for (let start = 0; start + k.length <= t.length; start++) {
    let differences = 0;
    for (let i = 0; i < k.length && differences <= limit; i++) if (t[start + i] !== k[i]) differences++;
    // The last character (费, 率, 数) must agree: it carries the kind of thing named.
    if (differences <= limit && t[start + k.length - 1] === k[k.length - 1] && t[start] !== undefined) {
      const agreeing = k.filter((ch, i) => t[start + i] === ch).length;
      if (agreeing >= 3) return true;
    }
  }
  return false;
}
