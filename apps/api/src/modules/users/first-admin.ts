import { and, eq, isNull, sql } from 'drizzle-orm';
import { Role } from '../../auth/role.js';
import type { Db } from '../../database/database.types.js';
import { users } from '../../database/schema/index.js';
import { insertAccount, type UserRow } from './new-account.js';

/** Serialises two `admin create` runs against one PostgreSQL (like the seed's lock). */
const FIRST_ADMIN_LOCK = 7_230_003;

export class AdministratorExistsError extends Error {
  constructor(readonly username: string) {
    super(`an administrator already exists (${username})`);
  }
}

/**
 * Creates the first administrator of a deployment (`pnpm jixiao admin create`), who chose the
 * password and so need not change it. Only once: when an enabled administrator exists, further
 * accounts are made by an administrator in the dashboard (用户管理), through the same checks.
 * Throws {@link AdministratorExistsError}, or an ApiError naming the bad field.
 */
export async function createFirstAdmin(db: Db, account: { username: string; displayName: string; password: string }): Promise<UserRow> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${FIRST_ADMIN_LOCK})`);
    const [existing] = await tx
      .select({ username: users.username })
      .from(users)
      .where(and(eq(users.role, Role.admin), isNull(users.disabledAt)))
      .limit(1);
    if (existing) throw new AdministratorExistsError(existing.username);
    return insertAccount(tx, { ...account, role: Role.admin, unitId: null, regionCode: null, mustChangePassword: false }, 'admin');
  });
}
