import { eq } from 'drizzle-orm';
import { hashPassword } from '../../auth/password.js';
import { ApiError } from '../../common/errors/api-error.js';
import { requireText } from '../../common/validation/text.js';
import type { Db } from '../../database/database.types.js';
import { users } from '../../database/schema/index.js';
import { assertPasswordAllowed } from './password-policy.js';
import type { UserAccess } from './user-access.js';

export type UserRow = typeof users.$inferSelect;

export interface NewAccount extends UserAccess {
  readonly username: string;
  readonly displayName: string;
  readonly password: string;
  /** True when someone else chose the password (an administrator): the user replaces it first. */
  readonly mustChangePassword: boolean;
}

const USERNAME = /^[A-Za-z0-9._-]{3,64}$/;

/**
 * Writes an account after checking its username, name and password (the one path for the first
 * administrator and for accounts created in the dashboard). `access` must be validated already.
 * `prefix` names the input (`input`) in errors.
 */
export async function insertAccount(db: Db, account: NewAccount, prefix: string): Promise<UserRow> {
  const username = account.username.trim();
  if (!USERNAME.test(username)) {
    throw ApiError.badInput(`${prefix}.username`, 'invalid', '用户名应为 3 到 64 个字母、数字、点、下划线或连字符');
  }
  const displayName = requireText(`${prefix}.displayName`, account.displayName, 64, '姓名');
  assertPasswordAllowed(account.password, username, `${prefix}.password`);
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (taken) throw ApiError.badInput(`${prefix}.username`, 'taken', `用户名“${username}”已被使用`);
  const passwordHash = await hashPassword(account.password);
  try {
    const [row] = await db
      .insert(users)
      .values({ username, displayName, role: account.role, unitId: account.unitId, regionCode: account.regionCode, passwordHash, mustChangePassword: account.mustChangePassword })
      .returning();
    if (!row) throw new Error('inserting a user returned no row');
    return row;
  } catch (error) {
    // Two administrators creating the same username at once: the second passed the check above.
    if (isUniqueViolation(error)) throw ApiError.badInput(`${prefix}.username`, 'taken', `用户名“${username}”已被使用`);
    throw error;
  }
}

/** PostgreSQL's unique_violation (23505), on the driver's error or the query error wrapping it. */
function isUniqueViolation(error: unknown): boolean {
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) {
    if ((cause as { code?: unknown }).code === '23505') return true;
  }
  return false;
}
