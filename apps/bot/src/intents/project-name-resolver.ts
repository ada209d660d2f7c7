import { hanAliases, pinyinAliases, unitAliases } from './aliases.js';
import { normalizeText } from './normalize.js';
import { splitPhase } from './phase.js';
import type { ProjectCandidate } from './project-candidate.js';
import { mentionCoverage, PARTIAL_CAP, sharedCharacters, similarity } from './similarity.js';

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
  /** The latest year of this name in this unit (questions without a year). */
  readonly latest: boolean;
}

/** One distinct name: scored once for all the projects that bear it (the same name recurs across units and years). */
interface IndexedName {
  /** Aliases of the name as written, and of the name without its phase (empty without a phase). */
  readonly han: readonly string[];
  readonly phaseless: readonly string[];
  readonly phase: number | null;
  readonly candidates: number[];
}

/**
 * Resolves a project-name mention against the user's candidates over an alias index built from the data:
 * full names, names without generic endings or phases, and their pinyin initials and full pinyin. A leading unit
 * name ("政法委的综治经费") narrows the candidates to that unit; a phase (二期) must match.
 *
 * Built once per candidate list (`forCandidates`), not per message. Each distinct name is indexed once, and an
 * inverted index from characters (and pinyin letter pairs) to names means a question scores only the names that
 * can match — those containing the mention, and only when none of them settles it, those sharing its rarest
 * characters — never every project the user may see.
 */
export class ProjectNameResolver {
  private readonly indexed: readonly IndexedCandidate[];
  private readonly names: readonly IndexedName[];
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
    const nameIds = new Map<string, number>();
    const names: IndexedName[] = [];
    this.indexed = candidates.map((candidate, position) => {
      let id = nameIds.get(candidate.name);
      if (id === undefined) {
        id = names.length;
        nameIds.set(candidate.name, id);
        const { phase, rest } = splitPhase(normalizeText(candidate.name).replace(/\s/g, ''));
        const name: IndexedName = { han: hanAliases(candidate.name), phaseless: phase === null ? [] : hanAliases(rest), phase, candidates: [] };
        names.push(name);
        for (const character of new Set([...name.han, ...name.phaseless].join(''))) post(this.byCharacter, character, id);
      }
      names[id]?.candidates.push(position);
      return { candidate, latest: latestYear.get(`${candidate.unitName}\u0000${candidate.name}`) === candidate.fiscalYear };
    });
    this.names = names;
    const units = [...new Set(candidates.map((c) => c.unitName))];
    this.unitPrefixes = units
      .flatMap((unit) => unitAliases(unit).map((alias) => [alias, unit] as const))
      .sort((a, b) => b[0].length - a[0].length);
  }

  resolve(mention: string, fiscalYear: number | null = null): ProjectResolution {
    const prefixed = this.splitUnitPrefix(normalizeText(mention).replace(/\s/g, ''));
    const { phase, rest: text } = splitPhase(prefixed.text);
    if (text === '') return { ranked: [], ambiguous: false };
    const score = (nameIds: Iterable<number>, latin: boolean): RankedCandidate[] => {
      const ranked: RankedCandidate[] = [];
      for (const id of nameIds) {
        const name = this.names[id];
        if (name === undefined || (phase !== null && name.phase !== phase)) continue;
        const value = latin ? bestScore(text, this.pinyinAliasesOf(id)) : hanScore(text, name, phase !== null);
        // Pinyin letters say little one by one (zzgzjf shares five with xszzbzjf): Latin mentions must be contained.
        if (value < (latin ? PINYIN_THRESHOLD : MATCH_THRESHOLD)) continue;
        for (const position of name.candidates) {
          const entry = this.indexed[position];
          if (entry !== undefined && inScope(entry, fiscalYear, prefixed.units)) ranked.push({ candidate: entry.candidate, score: value });
        }
      }
      return ranked.sort((a, b) => b.score - a.score);
    };
    if (/^[a-z]+$/.test(text)) return judged(score(this.pinyinContaining(text), true));
    // Names that contain the mention first (found by intersecting postings): when one of them scores above anything
    // a partial match can reach, partial matches cannot change the answer or its choices.
    const containing = score(this.hanContaining(text), false);
    const best = containing[0];
    if (best !== undefined && best.score >= PARTIAL_CAP + 2 * AMBIGUITY_MARGIN) return judged(containing);
    return judged(score(this.hanShortlist(text), false));
  }

  /** Names that hold every character of the mention (the rarest posting, filtered by the others). */
  private hanContaining(text: string): number[] {
    return intersect([...new Set(text)].map((c) => this.byCharacter.get(c) ?? []));
  }

  /**
   * Names that can reach the coverage bar: a match shares at least `needed` of the mention's characters, so
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

  /** Latin mentions: the names whose pinyin holds every letter pair of the mention (it must be contained). */
  private pinyinContaining(text: string): number[] {
    if (text.length < 2) return [];
    const index = this.pinyinIndex();
    const pairs = [...new Set(Array.from({ length: text.length - 1 }, (_, i) => text.slice(i, i + 2)))];
    return intersect(pairs.map((p) => index.byPair.get(p) ?? []));
  }

  private pinyinAliasesOf(id: number): readonly string[] {
    return this.pinyinIndex().aliases[id] ?? [];
  }

  /** Pinyin is derived on the first Latin question only: most questions are typed in Chinese. */
  private pinyinIndex(): { readonly aliases: readonly (readonly string[])[]; readonly byPair: Map<string, number[]> } {
    if (this.pinyin !== undefined) return this.pinyin;
    const byPair = new Map<string, number[]>();
    const aliases = this.names.map((name, id) => {
      const latin = [...name.han, ...name.phaseless].flatMap(pinyinAliases);
      const pairs = new Set<string>();
      for (const alias of latin) for (let i = 1; i < alias.length; i++) pairs.add(alias.slice(i - 1, i + 1));
      for (const pair of pairs) post(byPair, pair, id);
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

function hanScore(text: string, name: IndexedName, phaseAsked: boolean): number {
  const own = bestScore(text, name.han);
  if (name.phaseless.length === 0) return own;
  return Math.max(own, bestScore(text, name.phaseless) * (phaseAsked ? 1 : PHASELESS_PENALTY));
}

/** The entries in every posting, read from the shortest. */
function intersect(postings: readonly (readonly number[])[]): number[] {
  const [rarest, ...others] = [...postings].sort((a, b) => a.length - b.length);
  if (rarest === undefined) return [];
  const sets = others.map((p) => new Set(p));
  return rarest.filter((id) => sets.every((set) => set.has(id)));
}

function judged(ranked: RankedCandidate[]): ProjectResolution {
  const [first, second] = ranked;
  return { ranked, ambiguous: first !== undefined && second !== undefined && first.score - second.score < AMBIGUITY_MARGIN };
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
