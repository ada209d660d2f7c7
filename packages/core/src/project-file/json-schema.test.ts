import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectFileJsonSchema } from './json-schema.js';

describe('the published JSON Schema', () => {
  it('is the one generated from the zod schema (regenerate: pnpm jixiao schema --out packages/core/project-file.schema.json)', () => {
    const committed: unknown = JSON.parse(readFileSync(new URL('../../project-file.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(projectFileJsonSchema());
  });

  it('describes the fields a newcomer looks for', () => {
    const schema = JSON.stringify(projectFileJsonSchema());
    for (const field of ['formatVersion', 'fiscalYear', 'budgetAmount', 'receivedAmount', 'indicators', 'claimed', 'deviationReason']) {
      expect(schema).toContain(field);
    }
  });
});
