import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { endSession, refreshSession } from '../graphql/session-client';

export type Role = 'admin' | 'leader' | 'financeReviewer' | 'unitStaff' | 'evaluator';

export interface SessionUser {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly unitId: string | null;
  readonly regionCode: string | null;
  /** After an administrator's reset: the password must be changed before anything else. */
  readonly mustChangePassword?: boolean;
}

export interface Session {
  readonly accessToken: string;
  /** ISO 8601. */
  readonly expiresAt: string;
  readonly user: SessionUser;
}

/** The access token is renewed when this share of its lifetime has passed (15 min → after 12). */
const RENEW_AT = 0.8;

/**
 * The signed-in user and their access token: the one piece of state every view and the Apollo link
 * share. The token lives in memory only (no storage a script could read); the session itself is the
 * API's httpOnly refresh cookie, so a reload or a new tab continues it with `restore()` and a
 * leader opening links from a work chat is not asked for the password again for days.
 */
export const useAuthStore = defineStore('auth', () => {
  const session = ref<Session | null>(null);
  let pending: Promise<boolean> | null = null;
  let restoring: Promise<void> | null = null;
  let renewal: ReturnType<typeof setTimeout> | undefined;

  const token = computed(() => session.value?.accessToken ?? null);
  const user = computed(() => session.value?.user ?? null);
  /** Evaluations are entered by the unit's staff and by evaluators (admins for corrections). */
  const canEvaluate = computed(() => ['unitStaff', 'evaluator', 'admin', 'financeReviewer'].includes(user.value?.role ?? ''));

  /** Importing creates projects: the roles with the API's EditProject permission (apps/api auth/permission.ts). */
  const canImport = computed(() => ['unitStaff', 'admin'].includes(user.value?.role ?? ''));

  /** User management: the API's Administer permission. */
  const canAdminister = computed(() => user.value?.role === 'admin');

  function isSignedIn(now = Date.now()): boolean {
    return session.value !== null && Date.parse(session.value.expiresAt) > now;
  }

  function signIn(next: Session): void {
    session.value = next;
    clearTimeout(renewal);
    const lifetime = Date.parse(next.expiresAt) - Date.now();
    // Renewed before it expires, so that plain fetches (document downloads) always hold a live token.
    if (lifetime > 0) renewal = setTimeout(() => void refresh(), lifetime * RENEW_AT);
  }

  function forget(): void {
    clearTimeout(renewal);
    session.value = null;
  }

  /**
   * A new access token through the refresh cookie; false when the session is over (then signed
   * out). Concurrent callers share one request: the API rotates the cookie on every use.
   */
  function refresh(): Promise<boolean> {
    pending ??= refreshSession()
      .then(
        (payload) => {
          if (payload) signIn(payload);
          else forget();
          return payload !== null;
        },
        // Offline: keep what we have (an unexpired token still works once the network is back).
        () => isSignedIn(),
      )
      .finally(() => {
        pending = null;
      });
    return pending;
  }

  /** Continues the browser's session, if it has one: once per tab (the app's start and first navigation share it). */
  function restore(): Promise<void> {
    restoring ??= isSignedIn() ? Promise.resolve() : refresh().then(() => undefined);
    return restoring;
  }

  /** Ends the session on the server too: the cookie would otherwise sign the next tab in again. */
  async function signOut(): Promise<void> {
    const current = token.value;
    forget();
    await endSession(current).catch(() => undefined);
  }

  return { session, token, user, canEvaluate, canImport, canAdminister, isSignedIn, signIn, refresh, restore, signOut, forget };
});
