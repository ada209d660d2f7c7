import type { RegionRef } from '../data/shapes.js';
import type { ListFilter, ParsedIntent, ProjectMetric, RegionFocus, RegionMention, UnitMention } from './intent.js';
import { parseIntent } from './parse-intent.js';
import type { ProjectCandidate } from './project-candidate.js';
import { AMBIGUITY_MARGIN, ProjectNameResolver } from './project-name-resolver.js';
import { resolveRegionName } from './region-name-resolver.js';
import { resolveYear, type YearBase } from './time-phrases.js';
import { resolveUnitName } from './unit-name-resolver.js';

/** At most this many numbered choices in an ask-back. */
const MAX_CHOICES = 5;
/** A project mention that matches a unit at least this well, and better than any project, is about the unit. */
const UNIT_OVER_PROJECT = 0.9;

export type ProjectRef =
  /** `exact`: the mention is one of the project's names (not a partial or loose match). */
  | { readonly kind: 'resolved'; readonly project: ProjectCandidate; readonly exact: boolean }
  | { readonly kind: 'ambiguous'; readonly options: readonly ProjectCandidate[] }
  | { readonly kind: 'notFound'; readonly mention: string }
  /** No name in the message: the project discussed last in this chat ("还剩多少没花"). */
  | { readonly kind: 'fromContext' };

export type UnitRef =
  | Exclude<UnitMention, { kind: 'named' }>
  | { readonly kind: 'resolved'; readonly unitName: string }
  | { readonly kind: 'ambiguous'; readonly options: readonly string[] }
  | { readonly kind: 'notFound'; readonly mention: string };

export type RegionRefOrOwn = { readonly kind: 'own' } | { readonly kind: 'resolved'; readonly region: RegionRef };

/** The intents that name a project, a unit or a region, before and after resolution against the asker's data. */
export type MentionIntent = Extract<ParsedIntent, { kind: 'projectMetric' | 'projectList' | 'unitSummary' | 'regionSummary' }>;

export type ResolvedIntent =
  | {
      readonly kind: 'projectMetric';
      readonly metric: ProjectMetric;
      readonly project: ProjectRef;
      readonly aspect: string | null;
      readonly fiscalYear: number | null;
      /** A message with a year and nothing else ("去年呢"): the last question again, for that year. */
      readonly yearOnly: boolean;
    }
  | { readonly kind: 'projectList'; readonly filter: ListFilter; readonly unit: UnitRef; readonly regionCode: string | null; readonly fiscalYear: number | null }
  | { readonly kind: 'unitSummary'; readonly unit: UnitRef; readonly fiscalYear: number | null }
  | { readonly kind: 'regionSummary'; readonly region: RegionRefOrOwn; readonly focus: RegionFocus; readonly fiscalYear: number | null };

export type RecognisedIntent = ResolvedIntent | Exclude<ParsedIntent, MentionIntent>;

export interface RecogniseContext {
  /** The projects the asker may see, all years. */
  readonly candidates: readonly ProjectCandidate[];
  readonly ownUnitName: string | null;
  readonly regions: readonly RegionRef[];
  /** The year under discussion in this chat, for follow-ups ("去年呢"). */
  readonly discussedYear: number | null;
}

/** Parses a message and resolves its project, unit or region mention against the asker's data. */
export function recognise(text: string, context: RecogniseContext): RecognisedIntent {
  const parsed = parseIntent(text);
  switch (parsed.kind) {
    case 'projectMetric':
    case 'projectList':
    case 'unitSummary':
    case 'regionSummary':
      return resolveMentions(parsed, context);
    default:
      return parsed;
  }
}

/** The latest fiscal year with projects the asker may see: what "今年" means (never a year without data). */
export function latestYearWithData(candidates: readonly ProjectCandidate[]): number | null {
  let latest: number | null = null;
  for (const c of candidates) if (latest === null || c.fiscalYear > latest) latest = c.fiscalYear;
  return latest;
}

/** Resolves the mentions of an already parsed intent; the conversation parses first to skip loading data for help. */
export function resolveMentions(parsed: MentionIntent, context: RecogniseContext): ResolvedIntent {
  const base: YearBase = { latestWithData: latestYearWithData(context.candidates), discussed: context.discussedYear };
  switch (parsed.kind) {
    case 'projectMetric': {
      const followUp = parsed.projectMention === '';
      return recogniseProjectMetric(parsed, resolveYear(parsed.time, base, followUp), context);
    }
    case 'regionSummary':
      return { kind: 'regionSummary', region: resolveRegion(parsed.region, context), focus: parsed.focus, fiscalYear: resolveYear(parsed.time, base, false) };
    case 'projectList': {
      const fiscalYear = resolveYear(parsed.time, base, false);
      const region = parsed.unit.kind === 'named' ? resolveRegionName(parsed.unit.text, context.regions) : undefined;
      if (region !== undefined && parsed.filter.kind === 'alerted') return { kind: 'regionSummary', region: { kind: 'resolved', region }, focus: 'alerts', fiscalYear };
      if (region !== undefined) return { kind: 'projectList', filter: parsed.filter, unit: { kind: 'scope' }, regionCode: region.code, fiscalYear };
      return { kind: 'projectList', filter: parsed.filter, unit: resolveUnit(parsed.unit, context), regionCode: null, fiscalYear };
    }
    case 'unitSummary': {
      const fiscalYear = resolveYear(parsed.time, base, false);
      const region = parsed.unit.kind === 'named' ? resolveRegionName(parsed.unit.text, context.regions) : undefined;
      if (region !== undefined) return { kind: 'regionSummary', region: { kind: 'resolved', region }, focus: 'overview', fiscalYear };
      return { kind: 'unitSummary', unit: resolveUnit(parsed.unit, context), fiscalYear };
    }
  }
}

function recogniseProjectMetric(parsed: Extract<ParsedIntent, { kind: 'projectMetric' }>, fiscalYear: number | null, context: RecogniseContext): ResolvedIntent {
  const { metric, projectMention, aspect } = parsed;
  const intent = (project: ProjectRef): ResolvedIntent => ({
    kind: 'projectMetric',
    metric,
    project,
    aspect,
    fiscalYear,
    yearOnly: projectMention === '' && metric === 'overview' && aspect === null && parsed.time.kind !== 'none',
  });
  if (projectMention === '') return intent({ kind: 'fromContext' });
  const region = resolveRegionName(projectMention, context.regions);
  if (region !== undefined) {
    const focus: RegionFocus = metric === 'alert' || metric === 'whyAlert' ? 'alerts' : 'overview';
    return { kind: 'regionSummary', region: { kind: 'resolved', region }, focus, fiscalYear };
  }
  const resolution = ProjectNameResolver.forCandidates(context.candidates).resolve(projectMention, fiscalYear);
  const best = resolution.ranked[0];
  const unit = resolveUnitName(projectMention, unitNames(context), context.ownUnitName).ranked[0];
  if (unit !== undefined && unit.score >= UNIT_OVER_PROJECT && (best === undefined || unit.score > best.score)) {
    return { kind: 'unitSummary', unit: { kind: 'resolved', unitName: unit.unitName }, fiscalYear };
  }
  if (best === undefined) return intent({ kind: 'notFound', mention: projectMention });
  if (resolution.ambiguous) {
    const options = resolution.ranked.filter((r) => best.score - r.score < 2 * AMBIGUITY_MARGIN).slice(0, MAX_CHOICES).map((r) => r.candidate);
    return intent({ kind: 'ambiguous', options });
  }
  return intent({ kind: 'resolved', project: best.candidate, exact: best.score >= 1 });
}

function resolveRegion(mention: RegionMention, context: RecogniseContext): RegionRefOrOwn {
  if (mention.kind === 'own') return mention;
  const region = resolveRegionName(mention.text, context.regions);
  return region === undefined ? { kind: 'own' } : { kind: 'resolved', region };
}

function resolveUnit(mention: UnitMention, context: RecogniseContext): UnitRef {
  if (mention.kind !== 'named') return mention;
  const resolution = resolveUnitName(mention.text, unitNames(context), context.ownUnitName);
  const best = resolution.ranked[0];
  if (best === undefined) return { kind: 'notFound', mention: mention.text };
  if (resolution.ambiguous) return { kind: 'ambiguous', options: resolution.ranked.slice(0, MAX_CHOICES).map((r) => r.unitName) };
  return { kind: 'resolved', unitName: best.unitName };
}

const unitNamesOf = new WeakMap<readonly ProjectCandidate[], readonly string[]>();

/** The units of the candidates, kept per candidate list like the name index. */
function unitNames(context: RecogniseContext): readonly string[] {
  let names = unitNamesOf.get(context.candidates);
  if (names === undefined) {
    names = [...new Set(context.candidates.map((c) => c.unitName))];
    unitNamesOf.set(context.candidates, names);
  }
  return names;
}
