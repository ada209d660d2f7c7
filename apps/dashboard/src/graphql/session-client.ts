import type { TypedDocumentNode } from '@apollo/client/core';
import { LogoutDocument, RefreshSessionDocument, type RefreshSessionMutation } from '@jixiao/contract';
import { print, type GraphQLFormattedError } from 'graphql';
import { isUnauthenticated } from './api-errors';

export type SignedInPayload = RefreshSessionMutation['refreshSession'];

/**
 * The two calls that the refresh cookie authenticates, sent with plain fetch rather than through
 * Apollo: the Apollo link calls them itself when a token has expired, and must not recurse. The
 * cookie is httpOnly, so this code never sees it; `same-origin` makes the browser send it.
 */
async function post<R, V>(document: TypedDocumentNode<R, V>, token?: string | null): Promise<{ data?: R | null; errors?: readonly GraphQLFormattedError[] }> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document) }),
  });
  return (await response.json()) as { data?: R | null; errors?: readonly GraphQLFormattedError[] };
}

/**
 * A new access token through the refresh cookie: null when there is no session to continue (no
 * cookie, ended, expired, reused). Network failures reject, so a flaky connection is not mistaken
 * for being signed out.
 */
export async function refreshSession(): Promise<SignedInPayload | null> {
  const answer = await post(RefreshSessionDocument);
  if (answer.data?.refreshSession) return answer.data.refreshSession;
  if (isUnauthenticated(answer.errors)) return null;
  throw new Error(answer.errors?.[0]?.message ?? 'refreshSession answered nothing');
}

/** Ends the session on the server (the cookie's, else the token's) and clears the cookie. */
export async function endSession(token: string | null): Promise<void> {
  await post(LogoutDocument, token);
}
