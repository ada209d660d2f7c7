import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.js';

/**
 * The drizzle instance, over PGlite or node-postgres alike. A transaction has the same type, so
 * every write helper takes a `Db` and is called with the transaction of its caller.
 */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** Injection token of the drizzle instance. */
export const DB = Symbol('Db');

/** A connected database: the drizzle instance and how to close it. */
export interface DatabaseConnection {
  readonly db: Db;
  readonly kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}
