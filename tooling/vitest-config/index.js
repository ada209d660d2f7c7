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
      },
    }),
    overrides,
  );
}
