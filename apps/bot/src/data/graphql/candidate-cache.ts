import type { ProjectCandidate } from '../../intents/project-candidate.js';

/** How long a user's project names are reused for name resolution. */
export const CANDIDATE_TTL_MS = 60_000;

/**
 * Name resolution needs every project name the asker may see (pinyin initials and fuzzy matching happen in the
 * bot, not in SQL), which is thousands of rows in a large unit. Names change rarely, so they are kept per chat
 * user for a minute; the figures themselves are always read fresh. A new project is askable within a minute.
 */
export class CandidateCache {
  private readonly entries = new Map<string, { readonly until: number; readonly names: Promise<readonly ProjectCandidate[]> }>();

  constructor(
    private readonly ttlMs: number = CANDIDATE_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string, load: () => Promise<readonly ProjectCandidate[]>): Promise<readonly ProjectCandidate[]> {
    const now = this.now();
    const entry = this.entries.get(key);
    if (entry !== undefined && entry.until > now) return entry.names;
    for (const [k, e] of this.entries) if (e.until <= now) this.entries.delete(k);
    // Concurrent questions share one load; a failed load is not kept.
    const names = load();
    names.catch(() => {
      if (this.entries.get(key)?.names === names) this.entries.delete(key);
    });
    this.entries.set(key, { until: now + this.ttlMs, names });
    return names;
  }
}
