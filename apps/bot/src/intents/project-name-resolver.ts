import { hanAliases, pinyinAliases, unitAliases } from './aliases.js';
import { normalizeText } from './normalize.js';
import { splitPhase } from './phase.js';
import type { ProjectCandidate } from './project-candidate.js';
import { mentionCoverage, sharedCharacters, similarity } from './similarity.js';

/** Below this a candidate is not a match at all. */
export const MATCH_THRESHOLD = 0.6;
/** Pinyin mentions match only as part of a pinyin alias (the similarity's substring range). */
const PINYIN_THRESHOLD = 0.8;
/** When the runner-up is this close to the best, the bot asks back instead of guessing. */
export const AMBIGUITY_MARGIN = 0.05;
/** Most of the mention must be found in the alias; a shared "经费" alone is no match. */
const MIN_MENTION_COVERAGE = 0.6;
/**
 * A phase-numbered project (（二期）) matched by its name without the phase, when the question names no phase:
 * below the project of that exact name, so "平安建设专项经费" means the one without a phase.
 */
const PHASELESS_PENALTY = 0.9;

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
  /** Aliases of the name as written, and of the name without its phase (empty without a phase). */
  readonly han: readonly string[];
  readonly phaseless: readonly string[];
  readonly phase: number | null;
  /** The latest year of this name in this unit (questions without a year). */
  latest: boolean;
}

/**
 * Resolves a project-name mention against the user's candidates over an alias index built from the data:
 * full names, names without generic endings or phases, and their pinyin initials and full pinyin. A leading unit
 * name ("政法委的综治经费") narrows the candidates to that unit; a phase (二期) must match.
 *
 * Built once per candidate list (`forCandidates`), not per message: an inverted index from characters (and
 * pinyin letter pairs) to candidates means a question scores only the candidates that share its rarest
 * characters, not every project the user may see.
 */
export class ProjectNameResolver {
  private readonly indexed: readonly IndexedCandidate[];
  private readonly unitPrefixes: readonly (readonly [string, string])[];
  private readonly byCharacter = new Map<string, number[]>();
  private pinyin: { readonly aliases: readonly (readonly string[])[]; readonly byPair: Map<string, number[]> } | undefined;

  private static readonly built = new WeakMap<readonly ProjectCandidate[], ProjectNameResolver>();

  /** The resolver of a candidate list, built on first use and kept while the list is (the candidate cache's). */
  static forCandidates(candidates: readonly ProjectCandidate[]): ProjectNameResolver {
    let resolver = ProjectNameResolver.built.get(candidates);
    if (resolver === undefined) {
      resolver = new ProjectNameResolver(candidates);
      ProjectNameResolver.built.set(candidates, resolver);
    }
    return resolver;
  }

  constructor(candidates: readonly ProjectCandidate[]) {
    const latestYear = new Map<string, number>();
    for (const c of candidates) {
      const key = `${c.unitName}\u0000${c.name}`;
      latestYear.set(key, Math.max(latestYear.get(key) ?? c.fiscalYear, c.fiscalYear));
    }
    this.indexed = candidates.map((candidate, position) => {
      const { phase, rest } = splitPhase(normalizeText(candidate.name).replace(/\s/g, ''));
      const entry: IndexedCandidate = {
        candidate,
        han: hanAliases(candidate.name),
        phaseless: phase === null ? [] : hanAliases(rest),
        phase,
        latest: latestYear.get(`${candidate.unitName}\u0000${candidate.name}`) === candidate.fiscalYear,
      };
      for (const character of new Set([...entry.han, ...entry.phaseless].join(''))) post(this.byCharacter, character, position);
      return entry;
    });
    const units = [...new Set(candidates.map((c) => c.unitName))];
    this.unitPrefixes = units
      .flatMap((unit) => unitAliases(unit).map((alias) => [alias, unit] as const))
      .sort((a, b) => b[0].length - a[0].length);
  }

  resolve(mention: string, fiscalYear: number | null = null): ProjectResolution {
    const prefixed = this.splitUnitPrefix(normalizeText(mention).replace(/\s/g, ''));
    const { phase, rest: text } = splitPhase(prefixed.text);
    if (text === '') return { ranked: [], ambiguous: false };
    const latin = /^[a-z]+$/.test(text);
    const ranked: RankedCandidate[] = [];
    for (const position of latin ? this.pinyinShortlist(text) : this.hanShortlist(text)) {
      const entry = this.indexed[position];
      if (entry === undefined || !inScope(entry, fiscalYear, prefixed.units) || (phase !== null && entry.phase !== phase)) continue;
      const score = latin ? bestScore(text, this.pinyinAliasesOf(position)) : this.hanScore(text, entry, phase !== null);
      // Pinyin letters say little one by one (zzgzjf shares five with xszzbzjf): Latin mentions must be contained.
      if (score >= (latin ? PINYIN_THRESHOLD : MATCH_THRESHOLD)) ranked.push({ candidate: entry.candidate, score });
    }
    ranked.sort((a, b) => b.score - a.score);
    const [first, second] = ranked;
    const ambiguous = first !== undefined && second !== undefined && first.score - second.score < AMBIGUITY_MARGIN;
    return { ranked, ambiguous };
  }

  private hanScore(text: string, entry: IndexedCandidate, phaseAsked: boolean): number {
    const own = bestScore(text, entry.han);
    if (entry.phaseless.length === 0) return own;
    const phaseless = bestScore(text, entry.phaseless) * (phaseAsked ? 1 : PHASELESS_PENALTY);
    return Math.max(own, phaseless);
  }

  /**
   * Candidates that can reach the coverage bar: a match shares at least `needed` of the mention's characters, so
   * (pigeonhole) it contains at least one of the `length − needed + 1` rarest; only their postings are read.
   */
  private hanShortlist(text: string): Set<number> {
    const characters = [...new Set(text)];
    const needed = Math.ceil(text.length * MIN_MENTION_COVERAGE);
    const rarest = characters
      .map((c) => this.byCharacter.get(c) ?? [])
      .sort((a, b) => a.length - b.length)
      .slice(0, Math.max(1, characters.length - needed + 1));
    return new Set(rarest.flat());
  }

  /** Latin mentions: the candidates whose pinyin holds one of the mention's two rarest letter pairs. */
  private pinyinShortlist(text: string): Set<number> {
    const index = this.pinyinIndex();
    if (text.length < 2) return new Set();
    const pairs = [...new Set(Array.from({ length: text.length - 1 }, (_, i) => text.slice(i, i + 2)))];
    const rarest = pairs.map((p) => index.byPair.get(p) ?? []).sort((a, b) => a.length - b.length).slice(0, 2);
    return new Set(rarest.flat());
  }

  private pinyinAliasesOf(position: number): readonly string[] {
    return this.pinyinIndex().aliases[position] ?? [];
  }

  /** Pinyin is derived on the first Latin question only: most questions are typed in Chinese. */
  private pinyinIndex(): { readonly aliases: readonly (readonly string[])[]; readonly byPair: Map<string, number[]> } {
    if (this.pinyin !== undefined) return this.pinyin;
    const byPair = new Map<string, number[]>();
    const aliases = this.indexed.map((entry, position) => {
      const latin = [...entry.han, ...entry.phaseless].flatMap(pinyinAliases);
      const pairs = new Set<string>();
      for (const alias of latin) for (let i = 1; i < alias.length; i++) pairs.add(alias.slice(i - 1, i + 1));
      for (const pair of pairs) post(byPair, pair, position);
      return latin;
    });
    this.pinyin = { aliases, byPair };
    return this.pinyin;
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

/** Candidates of the asked year; without a year, only the latest year of each project (same name and unit). */
function inScope(entry: IndexedCandidate, fiscalYear: number | null, units: ReadonlySet<string> | null): boolean {
  if (units !== null && !units.has(entry.candidate.unitName)) return false;
  return fiscalYear === null ? entry.latest : entry.candidate.fiscalYear === fiscalYear;
}

function post(postings: Map<string, number[]>, key: string, position: number): void {
  const list = postings.get(key);
  if (list === undefined) postings.set(key, [position]);
  else list.push(position);
}

/** The best score of a mention against a candidate's aliases (exported for the index's equivalence test). */
export function bestScore(mention: string, aliases: readonly string[]): number {
  let best = 0;
  const needed = Math.ceil(mention.length * MIN_MENTION_COVERAGE);
  for (const alias of aliases) {
    if (sharedCharacters(mention, alias) < needed) continue;
    const score = similarity(mention, alias);
    if (score > best && (score >= 0.8 || mentionCoverage(mention, alias) >= MIN_MENTION_COVERAGE)) best = score;
  }
  return best;
}
