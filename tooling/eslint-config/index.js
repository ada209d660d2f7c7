// The one ESLint flat config of the workspace. Layer boundaries live here so that a newcomer's
// accidental import of an app from the core fails lint, not code review.
import js from '@eslint/js';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const apps = ['api', 'bot', 'cli', 'dashboard'];

/** Nothing of ours may enter the pure core. */
const coreBoundary = {
  files: ['packages/core/src/**/*.ts'],
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['@jixiao/*'], message: '@jixiao/core depends on nothing of ours.' },
          { group: ['node:*', 'fs', 'path', 'http', 'https', 'net', 'child_process'], message: '@jixiao/core does no I/O.' },
        ],
      },
    ],
  },
};

/** Apps never import each other; packages never import apps. */
const appBoundaries = [
  ...apps.map((app) => ({
    files: [`apps/${app}/**/*.{ts,vue}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: apps
            .filter((other) => other !== app)
            .map((other) => ({ group: [`@jixiao/${other}`, `**/apps/${other}/**`], message: 'Apps never import each other.' })),
        },
      ],
    },
  })),
  {
    files: ['packages/**/*.ts'],
    ignores: ['packages/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: apps.map((app) => ({ group: [`@jixiao/${app}`], message: 'Packages never import apps.' })) },
      ],
    },
  },
];

export function defineConfig(...extra) {
  return tseslint.config(
    { ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', '**/generated/**', '**/.turbo/**', '**/data/**'] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    ...vue.configs['flat/recommended'],
    {
      files: ['**/*.vue'],
      languageOptions: { parserOptions: { parser: tseslint.parser } },
    },
    {
      languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
      rules: {
        '@typescript-eslint/consistent-type-imports': 'error',
        '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
        'vue/multi-word-component-names': 'off',
        'vue/max-attributes-per-line': 'off',
        'vue/singleline-html-element-content-newline': 'off',
        'vue/html-self-closing': 'off',
      },
    },
    {
      // Nest injects constructor parameters by their emitted type metadata: an import used only in a
      // constructor signature is a value import, which consistent-type-imports must know.
      files: ['apps/api/**/*.ts'],
      languageOptions: { parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true } },
    },
    {
      files: ['apps/dashboard/src/**/*.{ts,vue}'],
      languageOptions: { globals: { ...globals.browser } },
    },
    coreBoundary,
    ...appBoundaries,
    ...extra,
  );
}
