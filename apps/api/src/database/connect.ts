import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { mkdir } from 'node:fs/promises';
import pg from 'pg';
import type { DatabaseConfig } from '../config/app-config.js';
import { API_ROOT } from '../config/app-config.js';
import type { DatabaseConnection, Db } from './database.types.js';
import * as schema from './schema/index.js';

const MIGRATIONS = { migrationsFolder: `${API_ROOT}drizzle` };

/** Any 64-bit number; serialises migrations of instances starting together on one PostgreSQL. */
const MIGRATION_LOCK = 7_230_001;

/** Opens the database named by the configuration and brings its schema up to date. */
export async function connectDatabase(config: DatabaseConfig): Promise<DatabaseConnection> {
  return config.kind === 'postgres' ? connectPostgres(config.url, config.poolSize) : connectPglite(config.dataDir);
}

async function connectPglite(dataDir: string | undefined): Promise<DatabaseConnection> {
  if (dataDir !== undefined) await mkdir(dataDir, { recursive: true });
  const client = dataDir === undefined ? new PGlite() : new PGlite(dataDir);
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, MIGRATIONS);
  return { db: db as unknown as Db, kind: 'pglite', close: () => client.close() };
}

async function connectPostgres(url: string, poolSize: number): Promise<DatabaseConnection> {
  // A dedicated session holds the advisory lock while migrating: two instances starting at the
  // same time would otherwise both try to create the tables.
  const lockClient = new pg.Client({ connectionString: url });
  await lockClient.connect();
  try {
    await lockClient.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg(lockClient, { schema }), MIGRATIONS);
  } finally {
    await lockClient.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lockClient.end();
  }
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const db = drizzlePg(pool, { schema });
  return { db: db as unknown as Db, kind: 'postgres', close: () => pool.end() };
}
