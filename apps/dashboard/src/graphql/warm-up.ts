import type { ApolloClient } from '@apollo/client/core';
import { FiscalYearsDocument, RegionsDocument } from '@jixiao/contract';

/**
 * Asks for what every signed-in page needs first (the years holding data, the regions) as the app
 * starts, in parallel with loading the page's code; the views' own queries then read the cache or
 * join the request in flight instead of starting it after mounting.
 */
export function warmUp(client: ApolloClient<unknown>): void {
  for (const query of [FiscalYearsDocument, RegionsDocument]) {
    client.query({ query }).catch(() => undefined);
  }
}
