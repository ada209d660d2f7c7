import { defineStore } from 'pinia';
import { computed, ref } from 'vue';

export type Role = 'admin' | 'leader' | 'financeReviewer' | 'unitStaff' | 'evaluator';

export interface SessionUser {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly unitId: string | null;
  readonly regionCode: string | null;
}

export interface Session {
  readonly accessToken: string;
  /** ISO 8601. */
  readonly expiresAt: string;
  readonly user: SessionUser;
}

const STORAGE_KEY = 'jixiao.session';

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const user: unknown = Reflect.get(value, 'user');
  return (
    typeof Reflect.get(value, 'accessToken') === 'string' &&
    typeof Reflect.get(value, 'expiresAt') === 'string' &&
    typeof user === 'object' &&
    user !== null &&
    typeof Reflect.get(user, 'role') === 'string'
  );
}

/**
 * Kept in sessionStorage: a reload keeps the leader signed in, closing the tab signs out (the tokens
 * are short-lived bearer tokens; no refresh token exists to protect).
 */
function restore(storage: Storage | undefined): Session | null {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null');
    return isSession(parsed) && Date.parse(parsed.expiresAt) > Date.now() ? parsed : null;
  } catch {
    return null;
  }
}

/** The signed-in user and their token: the one piece of state every view and the Apollo link share. */
export const useAuthStore = defineStore('auth', () => {
  const storage = typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  const session = ref<Session | null>(restore(storage));

  const token = computed(() => session.value?.accessToken ?? null);
  const user = computed(() => session.value?.user ?? null);
  /** Evaluations are entered by the unit's staff and by evaluators (admins for corrections). */
  const canEvaluate = computed(() => ['unitStaff', 'evaluator', 'admin', 'financeReviewer'].includes(user.value?.role ?? ''));

  /** Importing creates projects: the roles with the API's EditProject permission (apps/api auth/permission.ts). */
  const canImport = computed(() => ['unitStaff', 'admin'].includes(user.value?.role ?? ''));

  function isSignedIn(now = Date.now()): boolean {
    return session.value !== null && Date.parse(session.value.expiresAt) > now;
  }

  function signIn(next: Session): void {
    session.value = next;
    storage?.setItem(STORAGE_KEY, JSON.stringify(next));
  }

  function signOut(): void {
    session.value = null;
    storage?.removeItem(STORAGE_KEY);
  }

  return { session, token, user, canEvaluate, canImport, isSignedIn, signIn, signOut };
});
