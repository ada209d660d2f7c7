import type { ProjectCandidate } from '../../intents/project-candidate.js';

/** How long a user's project names are fresh for name resolution. */
export const CANDIDATE_TTL_MS = 60_000;
/** Older than this, names are not served while they reload: the asker waits for the fresh list. */
export const CANDIDATE_MAX_STALE_MS = 10 * 60_000;

interface Entry {
  readonly loadedAt: number;
  readonly names: Promise<readonly ProjectCandidate[]>;
  refreshing: boolean;
}

/**
 * Name resolution needs every project name the asker may see (pinyin initials and fuzzy matching happen in the
 * bot, not in SQL): thousands of rows in a large unit, seconds to page through. Names change rarely, so they are
 * kept per chat user; after a minute they are reloaded in the background while the previous list still answers,
 * so no question waits for the reload. Only names are kept: figures and permissions are read fresh with every
 * question (a name the user may no longer see resolves, then the API refuses the project).
 */
export class CandidateCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs: number = CANDIDATE_TTL_MS,
    private readonly now: () => number = Date.now,
    private readonly maxStaleMs: number = CANDIDATE_MAX_STALE_MS,
  ) {}

  get(key: string, load: () => Promise<readonly ProjectCandidate[]>): Promise<readonly ProjectCandidate[]> {
    const now = this.now();
    const entry = this.entries.get(key);
    if (entry !== undefined && now - entry.loadedAt < this.ttlMs) return entry.names;
    if (entry !== undefined && now - entry.loadedAt < this.maxStaleMs) {
      if (!entry.refreshing) this.refresh(key, entry, load);
      return entry.names;
    }
    for (const [k, e] of this.entries) if (now - e.loadedAt >= this.maxStaleMs) this.entries.delete(k);
    return this.start(key, load).names;
  }

  private refresh(key: string, stale: Entry, load: () => Promise<readonly ProjectCandidate[]>): void {
    stale.refreshing = true;
    const next = load();
    // Swap in only a successful reload; on failure the stale list keeps answering and the next question retries.
    next.then(
      () => this.entries.set(key, { loadedAt: this.now(), names: next, refreshing: false }),
      () => {
        stale.refreshing = false;
      },
    );
  }

  private start(key: string, load: () => Promise<readonly ProjectCandidate[]>): Entry {
    // Concurrent questions share one load; a failed load is not kept.
    const entry: Entry = { loadedAt: this.now(), names: load(), refreshing: false };
    entry.names.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    this.entries.set(key, entry);
    return entry;
  }
}
