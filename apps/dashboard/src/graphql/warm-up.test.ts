import type { ApolloClient, QueryOptions } from '@apollo/client/core';
import { DashboardOverviewDocument, FiscalYearsDocument, RegionsDocument } from '@jixiao/contract';
import { describe, expect, it } from 'vitest';
import { warmUp } from './warm-up';

function recordingClient(): { client: ApolloClient<unknown>; asked: QueryOptions[] } {
  const asked: QueryOptions[] = [];
  const client = { query: (options: QueryOptions) => (asked.push(options), Promise.resolve({ data: {} })) } as unknown as ApolloClient<unknown>;
  return { client, asked };
}

const unchosen = { fiscalYear: null, yearChosen: false, regionCode: null, asOf: null };

describe('warmUp', () => {
  it('starts the overview query with the first page when that page is the overview, with the view’s variables', () => {
    const { client, asked } = recordingClient();
    warmUp(client, 'overview', { ...unchosen, regionCode: '652302' });
    expect(asked.map((o) => o.query)).toEqual([FiscalYearsDocument, RegionsDocument, DashboardOverviewDocument]);
    expect(asked[2]?.variables).toEqual({ regionCode: '652302' });
  });

  it('asks only for years and regions on any other first page', () => {
    const { client, asked } = recordingClient();
    warmUp(client, 'projects', unchosen);
    expect(asked.map((o) => o.query)).toEqual([FiscalYearsDocument, RegionsDocument]);
  });
});
