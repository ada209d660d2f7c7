import { ApolloClient, HttpLink, InMemoryCache, Observable, from, type FetchResult } from '@apollo/client/core';
import { setContext } from '@apollo/client/link/context';
import { onError } from '@apollo/client/link/error';
import { isUnauthenticated } from './api-errors';

const VALUE_TYPES = ['Money', 'Rate', 'ExecutionAlert', 'PerformanceGoal', 'ScoreCard', 'Evaluation', 'IndicatorDeviation', 'AlertCounts', 'ExecutionSummary'];

export interface ApolloClientOptions {
  /** The current access token, read on every request (it changes at login, refresh and logout). */
  readonly token: () => string | null;
  /** A new access token through the refresh cookie; false when the session is over. */
  readonly refresh: () => Promise<boolean>;
  /** The API refused the token and no refresh helped (revoked, or the session ended): signed out. */
  readonly onUnauthenticated: () => void;
  readonly uri?: string;
}

export function createApolloClient({ token, refresh, onUnauthenticated, uri = '/graphql' }: ApolloClientOptions): ApolloClient<unknown> {
  const auth = setContext((_operation, { headers }: { headers?: Record<string, string> }) => {
    const current = token();
    return { headers: current ? { ...headers, authorization: `Bearer ${current}` } : { ...headers } };
  });
  // A token refused (expired while the laptop slept, or its session ended) is renewed once through
  // the refresh cookie and the operation sent again; only when that fails is the user signed out.
  const expiry = onError(({ graphQLErrors, response, operation, forward }) => {
    if (!isUnauthenticated(graphQLErrors)) return;
    if (!token()) {
      onUnauthenticated();
      return;
    }
    return new Observable<FetchResult>((observer) => {
      let inner: { unsubscribe(): void } | undefined;
      refresh().then(
        (renewed) => {
          if (!renewed) {
            onUnauthenticated();
            observer.next(response ?? { errors: graphQLErrors });
            observer.complete();
            return;
          }
          // Sent again below this link, so a second refusal arrives here rather than looping.
          inner = forward(operation).subscribe({
            next: (result) => {
              if (isUnauthenticated(result.errors)) onUnauthenticated();
              observer.next(result);
            },
            error: (failure: unknown) => observer.error(failure),
            complete: () => observer.complete(),
          });
        },
        (error: unknown) => observer.error(error),
      );
      return () => inner?.unsubscribe();
    });
  });
  return new ApolloClient({
    link: from([expiry, auth, new HttpLink({ uri })]),
    // The dev server only: under vitest the devtools hint is a timer that outlives a test's window.
    devtools: { enabled: import.meta.env.DEV && import.meta.env.MODE !== 'test' },
    cache: new InMemoryCache({
      typePolicies: {
        Region: { keyFields: ['code'] },
        // Value objects without an id: the list and the detail query select different fields of
        // them, which are merged instead of one answer replacing (and warning about) the other.
        ...Object.fromEntries(VALUE_TYPES.map((name) => [name, { merge: true }])),
      },
    }),
    defaultOptions: {
      // Figures change when anyone records a payment: show the cache at once, then refresh.
      watchQuery: { fetchPolicy: 'cache-and-network', errorPolicy: 'none' },
    },
  });
}
