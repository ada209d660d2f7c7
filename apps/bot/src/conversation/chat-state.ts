import type { ListFilter, ProjectMetric, RegionFocus } from '../intents/intent.js';
import type { ProjectCandidate } from '../intents/project-candidate.js';

/** The question answered last, to answer it again in full ("详细") or for another year ("去年呢"). */
export type LastQuestion =
  | { readonly kind: 'project'; readonly metric: ProjectMetric; readonly aspect: string | null; readonly project: ProjectCandidate }
  | { readonly kind: 'list'; readonly filter: ListFilter; readonly unitName: string | null; readonly regionCode: string | null; readonly fiscalYear: number | null }
  | { readonly kind: 'unit'; readonly unitName: string; readonly fiscalYear: number | null }
  | { readonly kind: 'region'; readonly regionCode: string; readonly focus: RegionFocus; readonly fiscalYear: number };

/** What a unit ask-back was about: a list or a summary of the chosen unit. */
export type UnitQuestion = { readonly kind: 'summary' } | { readonly kind: 'list'; readonly filter: ListFilter };

/** An ask-back waiting for a number: what was asked, and the numbered options offered. */
export type PendingChoice =
  | { readonly kind: 'project'; readonly metric: ProjectMetric; readonly aspect: string | null; readonly options: readonly ProjectCandidate[] }
  | { readonly kind: 'unit'; readonly question: UnitQuestion; readonly fiscalYear: number | null; readonly options: readonly string[] }
  /** Which measure of a project, when the question named the project but no measure the bot knows. */
  | { readonly kind: 'metric'; readonly project: ProjectCandidate; readonly options: readonly ProjectMetric[] };

/** What the bot remembers per chat and user between messages. */
export interface ChatState {
  /** The project discussed last, for follow-ups without a name ("还剩多少没花", "宣传费呢"). */
  readonly lastProject?: ProjectCandidate;
  readonly lastQuestion?: LastQuestion;
  readonly pending?: PendingChoice;
}

/** A chat's memory is short-lived: an old ask-back must not capture a later "2". */
export const CHAT_STATE_TTL_MS = 30 * 60 * 1000;

/**
 * Per-chat conversation memory, keyed by platform, chat and user (so that in a group one person's "2" never
 * answers another person's question). Behind an interface so that several bot instances can share it later.
 */
export interface ChatStateStore {
  get(key: string): Promise<ChatState | undefined>;
  set(key: string, state: ChatState, ttlMs: number): Promise<void>;
}

export function chatStateKey(platform: string, chatId: string, chatUserId: string): string {
  return `${platform}:${chatId}:${chatUserId}`;
}

/** The year under discussion: of the last question, else of the last project. */
export function discussedYear(state: ChatState): number | null {
  const last = state.lastQuestion;
  if (last !== undefined) return last.kind === 'project' ? last.project.fiscalYear : last.fiscalYear;
  return state.lastProject?.fiscalYear ?? null;
}
