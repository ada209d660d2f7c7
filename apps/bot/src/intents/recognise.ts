import type { ListFilter, ParsedIntent, ProjectMetric, UnitMention } from './intent.js';
import { parseIntent } from './parse-intent.js';
import type { ProjectCandidate } from './project-candidate.js';
import { AMBIGUITY_MARGIN, ProjectNameResolver } from './project-name-resolver.js';
import { resolveUnitName } from './unit-name-resolver.js';

/** At most this many numbered choices in an ask-back. */
const MAX_CHOICES = 5;
/** A project mention that matches a unit at least this well, and better than any project, is about the unit. */
const UNIT_OVER_PROJECT = 0.9;

export type ProjectRef =
  | { readonly kind: 'resolved'; readonly project: ProjectCandidate }
  | { readonly kind: 'ambiguous'; readonly options: readonly ProjectCandidate[] }
  | { readonly kind: 'notFound'; readonly mention: string }
  /** No name in the message: the project discussed last in this chat ("还剩多少没花"). */
  | { readonly kind: 'fromContext' };

export type UnitRef =
  | Exclude<UnitMention, { kind: 'named' }>
  | { readonly kind: 'resolved'; readonly unitName: string }
  | { readonly kind: 'ambiguous'; readonly options: readonly string[] }
  | { readonly kind: 'notFound'; readonly mention: string };

/** The intents that name a project or a unit, before and after resolution against the asker's data. */
export type MentionIntent = Extract<ParsedIntent, { kind: 'projectMetric' | 'projectList' | 'unitSummary' }>;

export type ResolvedIntent =
  | { readonly kind: 'projectMetric'; readonly metric: ProjectMetric; readonly project: ProjectRef; readonly fiscalYear: number | null }
  | { readonly kind: 'projectList'; readonly filter: ListFilter; readonly unit: UnitRef; readonly fiscalYear: number | null }
  | { readonly kind: 'unitSummary'; readonly unit: UnitRef; readonly fiscalYear: number | null };

export type RecognisedIntent = ResolvedIntent | Extract<ParsedIntent, { kind: 'help' | 'choice' }>;

export interface RecogniseContext {
  readonly today: Date;
  /** The projects the asker may see, all years. */
  readonly candidates: readonly ProjectCandidate[];
  readonly ownUnitName: string | null;
}

/** Parses a message and resolves its project or unit mention against the asker's data. */
export function recognise(text: string, context: RecogniseContext): RecognisedIntent {
  const parsed = parseIntent(text, context.today);
  return parsed.kind === 'help' || parsed.kind === 'choice' ? parsed : resolveMentions(parsed, context);
}

/** Resolves the mentions of an already parsed intent; the conversation parses first to skip loading data for help. */
export function resolveMentions(parsed: MentionIntent, context: RecogniseContext): ResolvedIntent {
  if (parsed.kind === 'projectMetric') return recogniseProjectMetric(parsed, context);
  return { ...parsed, unit: resolveUnit(parsed.unit, context) };
}

function recogniseProjectMetric(parsed: Extract<ParsedIntent, { kind: 'projectMetric' }>, context: RecogniseContext): ResolvedIntent {
  const { metric, projectMention, fiscalYear } = parsed;
  if (projectMention === '') return { kind: 'projectMetric', metric, project: { kind: 'fromContext' }, fiscalYear };
  const resolution = new ProjectNameResolver(context.candidates).resolve(projectMention, fiscalYear);
  const best = resolution.ranked[0];
  const unit = resolveUnitName(projectMention, unitNames(context), context.ownUnitName).ranked[0];
  if (unit !== undefined && unit.score >= UNIT_OVER_PROJECT && (best === undefined || unit.score > best.score)) {
    return { kind: 'unitSummary', unit: { kind: 'resolved', unitName: unit.unitName }, fiscalYear };
  }
  if (best === undefined) return { kind: 'projectMetric', metric, project: { kind: 'notFound', mention: projectMention }, fiscalYear };
  if (resolution.ambiguous) {
    const options = resolution.ranked.filter((r) => best.score - r.score < 2 * AMBIGUITY_MARGIN).slice(0, MAX_CHOICES).map((r) => r.candidate);
    return { kind: 'projectMetric', metric, project: { kind: 'ambiguous', options }, fiscalYear };
  }
  return { kind: 'projectMetric', metric, project: { kind: 'resolved', project: best.candidate }, fiscalYear };
}

function resolveUnit(mention: UnitMention, context: RecogniseContext): UnitRef {
  if (mention.kind !== 'named') return mention;
  const resolution = resolveUnitName(mention.text, unitNames(context), context.ownUnitName);
  const best = resolution.ranked[0];
  if (best === undefined) return { kind: 'notFound', mention: mention.text };
  if (resolution.ambiguous) return { kind: 'ambiguous', options: resolution.ranked.slice(0, MAX_CHOICES).map((r) => r.unitName) };
  return { kind: 'resolved', unitName: best.unitName };
}

function unitNames(context: RecogniseContext): string[] {
  return [...new Set(context.candidates.map((c) => c.unitName))];
}
