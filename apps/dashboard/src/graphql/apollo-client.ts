import { ApolloClient, HttpLink, InMemoryCache, from } from '@apollo/client/core';
import { setContext } from '@apollo/client/link/context';
import { onError } from '@apollo/client/link/error';
import { isUnauthenticated } from './api-errors';

const VALUE_TYPES = ['Money', 'Rate', 'ExecutionAlert', 'PerformanceGoal', 'ScoreCard', 'Evaluation', 'IndicatorDeviation', 'AlertCounts', 'ExecutionSummary'];

export interface ApolloClientOptions {
  /** The current access token, read on every request (it changes at login and logout). */
  readonly token: () => string | null;
  /** The API refused the token (expired or revoked): the session is over. */
  readonly onUnauthenticated: () => void;
  readonly uri?: string;
}

export function createApolloClient({ token, onUnauthenticated, uri = '/graphql' }: ApolloClientOptions): ApolloClient<unknown> {
  const auth = setContext((_operation, { headers }: { headers?: Record<string, string> }) => {
    const current = token();
    return { headers: current ? { ...headers, authorization: `Bearer ${current}` } : { ...headers } };
  });
  const expiry = onError(({ graphQLErrors }) => {
    if (isUnauthenticated(graphQLErrors)) onUnauthenticated();
  });
  return new ApolloClient({
    link: from([expiry, auth, new HttpLink({ uri })]),
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
