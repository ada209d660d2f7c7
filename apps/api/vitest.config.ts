import { createRequire } from 'node:module';
import { nodePreset } from '@jixiao/vitest-config';

const require = createRequire(import.meta.url);

export default nodePreset({
  resolve: {
    // graphql 16 ships CommonJS (main) and ESM (module) builds. Nest loads the CommonJS one; Vite
    // would pick the ESM one for our imports, and a second copy of graphql fails `instanceof`
    // checks (our Decimal scalar would not be recognised). One copy for everybody:
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    // Each e2e file boots the API on its own PGlite (seconds); a few at a time keeps memory sane.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
