import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildApiSchemaText } from '../src/graphql/print-schema.js';

describe('the committed GraphQL contract (schema.graphql)', () => {
  it('is what the code generates: run `pnpm --filter @jixiao/api schema` after changing the API', async () => {
    const committed = await readFile(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(await buildApiSchemaText()).toBe(committed);
  });
});
