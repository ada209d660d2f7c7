import type { ChatState, ChatStateStore } from './chat-state.js';

/** Single-process chat memory for tests and the console; entries expire after their TTL. */
export class InMemoryChatStateStore implements ChatStateStore {
  private readonly entries = new Map<string, { readonly state: ChatState; readonly until: number }>();
  private readonly now: () => number;

  constructor(now: () => number = Date.now) {
    this.now = now;
  }

  get(key: string): Promise<ChatState | undefined> {
    const entry = this.entries.get(key);
    if (entry === undefined || entry.until <= this.now()) {
      this.entries.delete(key);
      return Promise.resolve(undefined);
    }
    return Promise.resolve(entry.state);
  }

  set(key: string, state: ChatState, ttlMs: number): Promise<void> {
    this.entries.set(key, { state, until: this.now() + ttlMs });
    return Promise.resolve();
  }
}
