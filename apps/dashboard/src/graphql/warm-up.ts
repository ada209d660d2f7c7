import type { ApolloClient, QueryOptions } from '@apollo/client/core';
import { DashboardOverviewDocument, FiscalYearsDocument, RegionsDocument } from '@jixiao/contract';
import type { RouteRecordNameGeneric } from 'vue-router';
import { overviewVariables, type OverviewScope } from '../views/overview/overview-variables';

/**
 * Asks for what the first page needs (the years holding data, the regions, and on the overview its
 * own query, the slowest answer of the page) as the app starts, in parallel with loading and
 * mounting the page's code; the views' own queries then read the cache or join the request in
 * flight instead of starting it after mounting.
 */
export function warmUp(client: ApolloClient<unknown>, firstRoute: RouteRecordNameGeneric | null | undefined, scope: OverviewScope): void {
  const queries: QueryOptions[] = [{ query: FiscalYearsDocument }, { query: RegionsDocument }];
  if (firstRoute === 'overview') queries.push({ query: DashboardOverviewDocument, variables: overviewVariables(scope) });
  for (const options of queries) client.query(options).catch(() => undefined);
}
