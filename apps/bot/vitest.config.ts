import { nodePreset } from '@jixiao/vitest-config';

export default nodePreset({
  test: {
    // The end-to-end tests (test/*.e2e.test.ts) run the built API as a child process.
    globalSetup: ['test/support/build-api.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
