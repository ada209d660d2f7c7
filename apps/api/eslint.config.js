import { defineConfig } from '@jixiao/eslint-config';

// Nest injects constructor parameters by their emitted type metadata, so an import used only in a
// constructor signature is a value import. These parser options tell
// `consistent-type-imports` so; until the shared config sets them for the api, this file extends
// it (and restates the api's import boundary, whose shared patterns are rooted at the repository).
export default defineConfig(
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true } },
  },
  {
    files: ['**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ['bot', 'cli', 'dashboard'].map((app) => ({
            group: [`@jixiao/${app}`, `**/apps/${app}/**`],
            message: 'Apps never import each other.',
          })),
        },
      ],
    },
  },
);
