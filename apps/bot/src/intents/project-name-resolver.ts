import { hanAliases, pinyinAliases, unitAliases } from './aliases.js';
import { normalizeText } from './normalize.js';
import type { ProjectCandidate } from './project-candidate.js';
import { mentionCoverage, sharedCharacters, similarity } from './similarity.js';

/** Below this a candidate is not a match at all. */
export const MATCH_THRESHOLD = 0.6;
/** When the runner-up is this close to the best, the bot asks back instead of guessing. */
export const AMBIGUITY_MARGIN = 0.05;
/** Most of the mention must be found in the alias; a shared "经费" alone is no match. */
const MIN_MENTION_COVERAGE = 0.6;

export interface RankedCandidate {
  readonly candidate: ProjectCandidate;
  readonly score: number;
}

export interface ProjectResolution {
  /** Matches above the threshold, best first. */
  readonly ranked: readonly RankedCandidate[];
  /** True when the top two are within the margin: the reply asks back with numbered choices. */
  readonly ambiguous: boolean;
}

interface IndexedCandidate {
  readonly candidate: ProjectCandidate;
  readonly han: readonly string[];
}

/**
 * Resolves a project-name mention against the user's candidates over an alias index built from the data:
 * full names, names without generic endings, and their pinyin initials and full pinyin. A leading unit name
 * ("政法委的综治经费") narrows the candidates to that unit.
 */
export class ProjectNameResolver {
  private readonly indexed: readonly IndexedCandidate[];
  private readonly unitPrefixes: readonly (readonly [string, string])[];

  constructor(candidates: readonly ProjectCandidate[]) {
    this.indexed = candidates.map((candidate) => ({ candidate, han: hanAliases(candidate.name) }));
    const units = [...new Set(candidates.map((c) => c.unitName))];
    this.unitPrefixes = units
      .flatMap((unit) => unitAliases(unit).map((alias) => [alias, unit] as const))
      .sort((a, b) => b[0].length - a[0].length);
  }

  resolve(mention: string, fiscalYear: number | null = null): ProjectResolution {
    const { text, units } = this.splitUnitPrefix(normalizeText(mention).replace(/\s/g, ''));
    const latin = /^[a-z]+$/.test(text);
    const ranked = this.inScope(fiscalYear, units)
      // Pinyin aliases are derived only for Latin mentions (zzgzjf): most questions are typed in Chinese.
      .map(({ candidate, han }) => ({ candidate, score: bestScore(text, latin ? han.flatMap(pinyinAliases) : han) }))
      .filter((r) => r.score >= MATCH_THRESHOLD)
      .sort((a, b) => b.score - a.score);
    const [first, second] = ranked;
    const ambiguous = first !== undefined && second !== undefined && first.score - second.score < AMBIGUITY_MARGIN;
    return { ranked, ambiguous };
  }

  /** Candidates of the asked year; without a year, only the latest year of each project (same name and unit). */
  private inScope(fiscalYear: number | null, units: ReadonlySet<string> | null): IndexedCandidate[] {
    const inUnits = this.indexed.filter((entry) => units === null || units.has(entry.candidate.unitName));
    if (fiscalYear !== null) return inUnits.filter((entry) => entry.candidate.fiscalYear === fiscalYear);
    const latest = new Map<string, IndexedCandidate>();
    for (const entry of inUnits) {
      const key = `${entry.candidate.unitName}\u0000${entry.candidate.name}`;
      const kept = latest.get(key);
      if (kept === undefined || kept.candidate.fiscalYear < entry.candidate.fiscalYear) latest.set(key, entry);
    }
    return [...latest.values()];
  }

  private splitUnitPrefix(text: string): { text: string; units: ReadonlySet<string> | null } {
    for (const [alias] of this.unitPrefixes) {
      const rest = text.startsWith(alias) ? text.slice(alias.length).replace(/^的/, '') : '';
      if (rest.length >= 2) {
        const units = new Set(this.unitPrefixes.filter(([a]) => a === alias).map(([, unit]) => unit));
        return { text: rest, units };
      }
    }
    return { text, units: null };
  }
}

function bestScore(mention: string, aliases: readonly string[]): number {
  let best = 0;
  const needed = Math.ceil(mention.length * MIN_MENTION_COVERAGE);
  for (const alias of aliases) {
    if (sharedCharacters(mention, alias) < needed) continue;
    const score = similarity(mention, alias);
    if (score > best && (score >= 0.8 || mentionCoverage(mention, alias) >= MIN_MENTION_COVERAGE)) best = score;
  }
  return best;
}
