import type { ListFilter, ProjectMetric } from '../intents/intent.js';
import type { ProjectCandidate } from '../intents/project-candidate.js';

/** An ask-back waiting for a number: what was asked, and the numbered options offered. */
export type PendingChoice =
  | { readonly kind: 'project'; readonly metric: ProjectMetric; readonly options: readonly ProjectCandidate[] }
  | {
      readonly kind: 'unit';
      readonly question: { readonly kind: 'summary' } | { readonly kind: 'list'; readonly filter: ListFilter };
      readonly fiscalYear: number | null;
      readonly options: readonly string[];
    };

/** What the bot remembers per chat and user between messages. */
export interface ChatState {
  /** The project discussed last, for follow-ups without a name ("还剩多少没花", "去年呢"). */
  readonly lastProject?: ProjectCandidate;
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
