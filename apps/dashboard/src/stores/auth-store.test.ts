import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAuthStore } from './auth-store';

const USER = { id: 'u1', username: 'leader', displayName: '昌吉州分管领导', role: 'leader' as const, unitId: null, regionCode: '652300', mustChangePassword: false };

function payload(token: string) {
  return { __typename: 'AuthPayload', accessToken: token, expiresAt: new Date(Date.now() + 900_000).toISOString(), user: { __typename: 'User', ...USER } };
}

/** The API's /graphql as the browser's fetch sees it; answers by operation name. */
function stubApi(answers: Record<string, () => unknown>) {
  const calls: { operation: string; init: RequestInit }[] = [];
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const { query } = JSON.parse(String(init.body)) as { query: string };
    const operation = /(?:mutation|query)\s+(\w+)/.exec(query)?.[1] ?? '';
    calls.push({ operation, init });
    return new Response(JSON.stringify(answers[operation]?.() ?? { errors: [{ message: '?' }] }), { headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return calls;
}

const UNAUTHENTICATED = { data: null, errors: [{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED', reason: 'noSession' } }] };

describe('the auth store: a session continued through the refresh cookie', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => vi.unstubAllGlobals());

  it('restores a new tab\'s session through the cookie, keeping the token in memory only', async () => {
    const calls = stubApi({ RefreshSession: () => ({ data: { refreshSession: payload('fresh') } }) });
    const auth = useAuthStore();
    expect(auth.isSignedIn()).toBe(false);
    await auth.restore();
    expect(auth.isSignedIn()).toBe(true);
    expect(auth.token).toBe('fresh');
    expect(auth.user?.username).toBe('leader');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.init.credentials).toBe('same-origin');
    expect(sessionStorage.length + localStorage.length).toBe(0);
    // Restoring again (the guard's first navigation) asks nothing more.
    await auth.restore();
    expect(calls).toHaveLength(1);
  });

  it('sends one refresh for concurrent callers (the API rotates the cookie on every use)', async () => {
    const calls = stubApi({ RefreshSession: () => ({ data: { refreshSession: payload('once') } }) });
    const auth = useAuthStore();
    expect(await Promise.all([auth.refresh(), auth.refresh(), auth.refresh()])).toEqual([true, true, true]);
    expect(calls.filter((c) => c.operation === 'RefreshSession')).toHaveLength(1);
  });

  it('is signed out when the server says the session is over', async () => {
    stubApi({ RefreshSession: () => UNAUTHENTICATED });
    const auth = useAuthStore();
    auth.signIn(payload('old'));
    expect(await auth.refresh()).toBe(false);
    expect(auth.isSignedIn()).toBe(false);
  });

  it('keeps an unexpired token when the network fails, rather than signing out', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    const auth = useAuthStore();
    auth.signIn(payload('still-valid'));
    expect(await auth.refresh()).toBe(true);
    expect(auth.token).toBe('still-valid');
  });

  it('ends the session on the server when signing out', async () => {
    const calls = stubApi({ Logout: () => ({ data: { logout: true } }) });
    const auth = useAuthStore();
    auth.signIn(payload('tok'));
    await auth.signOut();
    expect(auth.isSignedIn()).toBe(false);
    expect(calls.map((c) => c.operation)).toEqual(['Logout']);
    expect(new Headers(calls[0]?.init.headers).get('authorization')).toBe('Bearer tok');
  });

  it('renews the access token before it expires', async () => {
    vi.useFakeTimers();
    try {
      const calls = stubApi({ RefreshSession: () => ({ data: { refreshSession: payload('renewed') } }) });
      const auth = useAuthStore();
      auth.signIn(payload('first'));
      await vi.advanceTimersByTimeAsync(700_000);
      expect(calls).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(30_000);
      expect(calls).toHaveLength(1);
      expect(auth.token).toBe('renewed');
    } finally {
      vi.useRealTimers();
    }
  });
});
