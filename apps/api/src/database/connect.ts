import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { mkdir } from 'node:fs/promises';
import pg from 'pg';
import type { DatabaseConfig } from '../config/app-config.js';
import { API_ROOT } from '../config/app-config.js';
import { lockDataFolder } from './data-folder-lock.js';
import type { DatabaseConnection, Db } from './database.types.js';
import * as schema from './schema/index.js';
import { DataFolderError, storageCause } from './storage-failure.js';

const MIGRATIONS = { migrationsFolder: `${API_ROOT}drizzle` };

/** Any 64-bit number; serialises migrations of instances starting together on one PostgreSQL. */
const MIGRATION_LOCK = 7_230_001;

/** Opens the database named by the configuration and brings its schema up to date. */
export async function connectDatabase(config: DatabaseConfig): Promise<DatabaseConnection> {
  return config.kind === 'postgres' ? connectPostgres(config.url, config.poolSize) : connectPglite(config.dataDir);
}

async function connectPglite(dataDir: string | undefined): Promise<DatabaseConnection> {
  if (dataDir === undefined) return openPglite(new PGlite(), async () => undefined);
  try {
    await mkdir(dataDir, { recursive: true });
  } catch (error) {
    const cause = storageCause(error);
    throw cause ? new DataFolderError(dataDir, cause, { cause: error }) : error;
  }
  const lock = await lockDataFolder(dataDir);
  try {
    return await openPglite(new PGlite(dataDir), () => lock.release());
  } catch (error) {
    await lock.release();
    const cause = storageCause(error);
    throw cause ? new DataFolderError(dataDir, cause, { cause: error }) : error;
  }
}

async function openPglite(client: PGlite, release: () => Promise<void>): Promise<DatabaseConnection> {
  const db = drizzlePglite(client, { schema });
  try {
    await migratePglite(db, MIGRATIONS);
  } catch (error) {
    await client.close().catch(() => undefined);
    throw error;
  }
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    close: async () => {
      await client.close();
      await release();
    },
  };
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
