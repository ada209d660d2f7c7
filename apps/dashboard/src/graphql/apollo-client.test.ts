import { MeDocument } from '@jixiao/contract';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApolloClient } from './apollo-client';

const ME = { me: { __typename: 'User', id: 'u1', username: 'leader', displayName: '领导', role: 'leader', unitId: null, regionCode: '652300', mustChangePassword: false } };
const EXPIRED = { data: null, errors: [{ message: '登录已失效，请重新登录', extensions: { code: 'UNAUTHENTICATED', reason: 'invalidToken' } }] };

/** /graphql answering `me` for the token `fresh` only. */
function stubApi() {
  const tokens: (string | null)[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const token = new Headers(init.headers).get('authorization');
      tokens.push(token);
      const body = token === 'Bearer fresh' ? { data: ME } : EXPIRED;
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    }),
  );
  return tokens;
}

describe('the Apollo client and an expired access token', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('refreshes through the cookie once and sends the operation again', async () => {
    const tokens = stubApi();
    let token = 'stale';
    const onUnauthenticated = vi.fn();
    const refresh = vi.fn(async () => {
      token = 'fresh';
      return true;
    });
    const client = createApolloClient({ token: () => token, refresh, onUnauthenticated, uri: 'http://api.test/graphql' });
    const result = await client.query({ query: MeDocument });
    expect(result.data.me.username).toBe('leader');
    expect(tokens).toEqual(['Bearer stale', 'Bearer fresh']);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('signs out when the session cannot be continued, and answers the error', async () => {
    const tokens = stubApi();
    const onUnauthenticated = vi.fn();
    const client = createApolloClient({ token: () => 'revoked', refresh: async () => false, onUnauthenticated, uri: 'http://api.test/graphql' });
    await expect(client.query({ query: MeDocument })).rejects.toThrow('登录已失效');
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    expect(tokens).toEqual(['Bearer revoked']);
  });

  it('does not loop when the refreshed token is refused too', async () => {
    const tokens = stubApi();
    const onUnauthenticated = vi.fn();
    const refresh = vi.fn(async () => true);
    const client = createApolloClient({ token: () => 'still-bad', refresh, onUnauthenticated, uri: 'http://api.test/graphql' });
    await expect(client.query({ query: MeDocument })).rejects.toThrow();
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(tokens).toHaveLength(2);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });
});
