import type { CodegenConfig } from '@graphql-codegen/cli';
import { fileURLToPath } from 'node:url';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** The schema the API commits (apps/api/schema.graphql); JIXIAO_SCHEMA points elsewhere for a preview. */
export const SCHEMA_PATH = process.env.JIXIAO_SCHEMA ?? here('../../apps/api/schema.graphql');
export const GENERATED_DIR = here('./src/generated/');

/**
 * GraphQL Code Generator's client preset: one TypedDocumentNode per operation in
 * src/operations/*.graphql, with result and variable types, usable by Apollo Client and
 * `@vue/apollo-composable` alike. `pnpm generate` writes; the test checks the committed output.
 */
export const codegenConfig: CodegenConfig = {
  schema: SCHEMA_PATH,
  documents: [here('./src/operations/*.graphql')],
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  importExtension: '.js',
  generates: {
    [GENERATED_DIR]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // The API's exact decimals are strings (apps/api common/scalars/decimal.scalar.ts); dates are ISO text.
        scalars: { Decimal: 'string', DateTime: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        skipTypename: false,
        nonOptionalTypename: true,
        documentMode: 'documentNode',
      },
    },
  },
};

export default codegenConfig;
