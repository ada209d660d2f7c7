import { defineConfig } from 'vitest/config';

/** `pnpm bench`: builds, seeds 10,000 projects, measures; prints numbers, asserts only that it ran. */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['bench/**/*.bench.test.ts'],
    environment: 'node',
    testTimeout: 3_600_000,
    hookTimeout: 3_600_000,
  },
});
