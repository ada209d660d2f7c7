import { generate } from '@graphql-codegen/cli';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_DIR, SCHEMA_PATH, codegenConfig } from '../codegen.config.js';

describe('generated contract', () => {
  it(
    'matches what the schema and the operations generate (run `pnpm generate` after changing either)',
    async () => {
      expect(existsSync(SCHEMA_PATH), `${SCHEMA_PATH} is missing (the API commits it)`).toBe(true);
      const files = (await generate(codegenConfig, false)) as { filename: string; content: string }[];
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const committed = join(GENERATED_DIR, file.filename.slice(file.filename.lastIndexOf('/') + 1));
        expect(existsSync(committed), `${committed} is missing`).toBe(true);
        expect(readFileSync(committed, 'utf8'), `${committed} is stale`).toBe(file.content);
      }
    },
    60_000,
  );
});
