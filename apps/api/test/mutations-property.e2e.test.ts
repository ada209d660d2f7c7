import { readFile } from 'node:fs/promises';
import { getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import fc from 'fast-check';
import type { GraphQLField } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tables from '../src/database/schema/index.js';
import { SAMPLE_PROJECT_PATH } from '../src/demo/demo-seeder.service.js';
import { argumentValues, mutationText, type KnownValues } from './support/schema-arbitraries.js';
import { startTestApp, TEST_BOT_TOKEN, type GraphQLResponse, type TestApp } from './support/test-app.js';

/** ≥ 10,000 generated calls in all, shared evenly by the mutations the schema has. */
const TOTAL_RUNS = 10_000;
const CHINESE = /[\u4e00-\u9fff]/;

/** Every table of the drizzle schema, so that tables added later are fingerprinted too. */
const TABLE_NAMES = (Object.values(tables) as unknown[])
  .filter((value): value is PgTable => is(value, PgTable))
  .map((table) => getTableName(table));

/** Rows of a raw query, over PGlite and node-postgres alike (both answer `{ rows }`). */
const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/**
 * Sends generated arguments to every mutation of the schema (read from the schema itself: one added
 * later is covered without a change here) as an admin or as the bot acting for the admin. No answer
 * may be INTERNAL_SERVER_ERROR, every error has a code and a Chinese message, and a refused mutation
 * leaves every table exactly as it was (row counts and newest row versions, before and after).
 */
describe('every mutation, with generated input', () => {
  let app: TestApp;
  let known: KnownValues;
  let callers: Record<string, string>[];
  let fingerprint: () => Promise<string>;

  beforeAll(async () => {
    // A low login limit: past it, login attempts are refused before the (slow, by design) password hash.
    app = await startTestApp({ demoProjects: 1, env: { LOGIN_RATE_LIMIT: '60' } });
    const db = app.db();
    const ids = await db.execute(sql`
      select id::text from projects union all select id::text from indicators
      union all select id::text from users union all select id::text from units`);
    known = { ids: rowsOf<{ id: string }>(ids).map((row) => row.id), projectFile: await readFile(SAMPLE_PROJECT_PATH, 'utf8') };
    callers = [
      { authorization: `Bearer ${await app.login('admin')}` },
      { 'x-jixiao-service-token': TEST_BOT_TOKEN, 'x-jixiao-chat-user': 'console:admin' },
    ];
    // Cheap and complete: a committed insert or update leaves a row of a newer transaction (xmin),
    // a delete lowers the count; a rolled-back write leaves neither.
    const hashes = TABLE_NAMES.map((name) => `select '${name}' as t, count(*)::text || ':' || coalesce(max(xmin::text::bigint), 0)::text as h from "${name}"`);
    fingerprint = async () => {
      const result = await db.execute(sql.raw(hashes.join(' union all ')));
      return rowsOf<{ t: string; h: string }>(result).map((row) => `${row.t}=${row.h}`).join(' ');
    };
  });
  afterAll(() => app.close());

  it('never answers INTERNAL_SERVER_ERROR, and writes nothing when it answers an error', async () => {
    const mutations = Object.values(app.schema().getMutationType()?.getFields() ?? {}) as GraphQLField<unknown, unknown>[];
    expect(mutations.length).toBeGreaterThan(10);
    const runs = Math.ceil(TOTAL_RUNS / mutations.length);
    let sent = 0;
    let last = await fingerprint();
    for (const field of mutations) {
      const text = mutationText(field);
      await fc.assert(
        fc.asyncProperty(argumentValues(field, known), fc.constantFrom(0, 1), async (variables, caller) => {
          sent += 1;
          const result: GraphQLResponse = await app.inject(text, variables, callers[caller] ?? {});
          const errors = result.errors ?? [];
          const internal = errors.filter((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR');
          const call = `${field.name}(${JSON.stringify(variables).slice(0, 400)})`;
          expect(internal, call).toEqual([]);
          for (const error of errors) {
            expect(typeof error.extensions?.code, error.message).toBe('string');
            expect(error.message).toMatch(CHINESE);
          }
          const now = await fingerprint();
          if (errors.length > 0) expect(now, `${call} wrote despite ${JSON.stringify(errors).slice(0, 400)}`).toBe(last);
          last = now;
        }),
        // No shrinking: a failing call is reported as generated (the log has the server's side).
        { numRuns: runs, endOnFailure: true },
      );
    }
    expect(sent).toBeGreaterThanOrEqual(TOTAL_RUNS);
  }, 600_000);
});
