import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { API_ROOT } from '../config/app-config.js';
import { buildApiSchemaText } from '../graphql/print-schema.js';

// `pnpm --filter @jixiao/api schema`: writes the committed GraphQL contract, apps/api/schema.graphql.
const path = `${API_ROOT}schema.graphql`;
await writeFile(path, await buildApiSchemaText());
console.log(`wrote ${path}`);
