import { defineConfig } from 'vitest/config';

/** The browser suite: real API, real Chromium; one file at a time, long hooks for build and seeding. */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 900_000,
  },
});
