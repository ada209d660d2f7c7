import { defineConfig } from 'drizzle-kit';

// `pnpm --filter @jixiao/api db:generate` writes a migration from the schema; migrations are
// committed and applied on start by src/database/migrate.ts (PGlite and PostgreSQL alike).
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/database/schema/index.ts',
  out: './drizzle',
});
