// Shared vitest presets. Workspace packages resolve each other's TypeScript sources through the
// "source" export condition, so tests never wait for a build.
import { defineConfig, mergeConfig } from 'vitest/config';

const sourceCondition = ['source'];

/** Preset for Node packages (core, api, cli, bot, documents). */
export function nodePreset(overrides = {}) {
  return mergeConfig(
    defineConfig({
      resolve: { conditions: sourceCondition },
      ssr: { resolve: { conditions: sourceCondition } },
      test: {
        environment: 'node',
        include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        passWithNoTests: false,
        // CI and development machines are shared 2-core boxes running every package's suite at once:
        // a timeout is a hang detector here, not a speed assertion (speed lives in pnpm bench).
        testTimeout: 30_000,
        hookTimeout: 120_000,
      },
    }),
    overrides,
  );
}

/** Preset for the Vue dashboard's component tests. */
export function webPreset(overrides = {}) {
  return mergeConfig(
    defineConfig({
      resolve: { conditions: [...sourceCondition, 'browser'] },
      test: {
        environment: 'happy-dom',
        include: ['src/**/*.test.ts'],
        testTimeout: 30_000,
      },
    }),
    overrides,
  );
}
