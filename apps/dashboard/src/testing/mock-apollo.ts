import { ApolloClient, ApolloLink, InMemoryCache, Observable } from '@apollo/client/core';

export type MockAnswer = { data?: Record<string, unknown> | null; errors?: { message: string; extensions: Record<string, unknown> }[] };

/**
 * An Apollo client whose every operation is answered by `answer` (by operation name), recording what
 * was asked: views are tested against the contract's documents without a server.
 */
export function mockApollo(answer: (operation: string, variables: Record<string, unknown>) => MockAnswer) {
  const operations: { name: string; variables: Record<string, unknown> }[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        operations.push({ name: operation.operationName, variables: operation.variables });
        observer.next(answer(operation.operationName, operation.variables) as never);
        observer.complete();
      }),
  );
  // No devtools: Apollo's dev-mode devtools hint is a 10 s timer that outlives a test file's window.
  return { apollo: new ApolloClient({ link, cache: new InMemoryCache(), devtools: { enabled: false } }), operations };
}
