import { Inject, Injectable } from '@nestjs/common';
import { asc, eq, sql } from 'drizzle-orm';
import { AuthService, toSessionUser, type SignedIn } from '../../auth/auth.service.js';
import { hashPassword, verifyPassword } from '../../auth/password.js';
import type { RequestContext } from '../../auth/request-context.js';
import { isRole } from '../../auth/role.js';
import { SessionEndReason } from '../../auth/session-end.js';
import type { ClientInfo } from '../../auth/client-info.js';
import { SessionService } from '../../auth/session.service.js';
import { ApiError, ApiErrorCode } from '../../common/errors/api-error.js';
import { isId, requireId } from '../../common/validation/ids.js';
import { DB, type Db } from '../../database/database.types.js';
import { sessions, units, users } from '../../database/schema/index.js';
import type { ChangePasswordInput } from './dto/change-password.input.js';
import type { CreateUserInput } from './dto/create-user.input.js';
import type { ResetPasswordInput } from './dto/reset-password.input.js';
import type { SetUserAccessInput } from './dto/set-user-access.input.js';
import type { UserAccount } from './models/user-account.model.js';
import type { UserSession } from './models/user-session.model.js';
import { insertAccount, type UserRow } from './new-account.js';
import { assertPasswordAllowed } from './password-policy.js';
import { assertMayGrant, validAccess, type UserAccess } from './user-access.js';

/**
 * User management for administrators, and changing one's own password. Every change that makes
 * what a user's tokens state untrue — disabling, a new role, unit or region, a new password — ends
 * their sessions in the same transaction, so their access tokens stop at the next request.
 */
@Injectable()
export class UsersService {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly sessions: SessionService,
    private readonly auth: AuthService,
  ) {}

  async list(): Promise<UserAccount[]> {
    const rows = await this.db
      .select({ user: users, unitName: units.name, openSessions: this.openSessionCount() })
      .from(users)
      .leftJoin(units, eq(units.id, users.unitId))
      .orderBy(asc(users.username));
    return rows.map((row) => toAccount(row.user, row.unitName, row.openSessions));
  }

  async create(ctx: RequestContext, input: CreateUserInput): Promise<UserAccount> {
    const row = await this.db.transaction(async (tx) => {
      const access = await validAccess(tx, { role: input.role, unitId: input.unitId ?? null, regionCode: input.regionCode ?? null }, 'input');
      assertMayGrant(ctx, access);
      // The administrator knows this password: the user replaces it at first sign-in.
      return insertAccount(tx, { ...input, ...access, mustChangePassword: true }, 'input');
    });
    return this.account(row.id);
  }

  async setAccess(ctx: RequestContext, input: SetUserAccessInput): Promise<UserAccount> {
    const userId = requireId('input.userId', input.userId);
    await this.db.transaction(async (tx) => {
      const target = await this.target(tx, ctx, userId);
      // Nobody takes away their own access: the caller stays an administrator, so one always remains.
      if (target.id === ctx.requireUser.id) throw ApiError.forbidden('不能修改自己的角色和范围（请另一位管理员操作）');
      const access = await validAccess(tx, { role: input.role, unitId: input.unitId ?? null, regionCode: input.regionCode ?? null }, 'input');
      assertMayGrant(ctx, access);
      if (sameAccess(target, access)) return;
      await tx.update(users).set(access).where(eq(users.id, target.id));
      await this.sessions.endAllOf(target.id, SessionEndReason.accessChanged, tx);
    });
    return this.account(userId);
  }

  async setDisabled(ctx: RequestContext, id: string, disabled: boolean): Promise<UserAccount> {
    const userId = requireId('userId', id);
    await this.db.transaction(async (tx) => {
      const target = await this.target(tx, ctx, userId);
      if (disabled === (target.disabledAt !== null)) return;
      if (disabled) {
        if (target.id === ctx.requireUser.id) throw ApiError.forbidden('不能停用自己的账号');
        await tx.update(users).set({ disabledAt: sql`now()` }).where(eq(users.id, target.id));
        await this.sessions.endAllOf(target.id, SessionEndReason.disabled, tx);
      } else {
        await tx.update(users).set({ disabledAt: null, failedLogins: 0, lockedUntil: null }).where(eq(users.id, target.id));
      }
    });
    return this.account(userId);
  }

  async resetPassword(ctx: RequestContext, input: ResetPasswordInput): Promise<UserAccount> {
    const userId = requireId('input.userId', input.userId);
    await this.db.transaction(async (tx) => {
      const target = await this.target(tx, ctx, userId);
      assertPasswordAllowed(input.password, target.username, 'input.password');
      await tx
        .update(users)
        .set({ passwordHash: await hashPassword(input.password), mustChangePassword: true, failedLogins: 0, lockedUntil: null })
        .where(eq(users.id, target.id));
      await this.sessions.endAllOf(target.id, SessionEndReason.passwordChanged, tx);
    });
    return this.account(userId);
  }

  async sessionsOf(ctx: RequestContext, id: string): Promise<UserSession[]> {
    if (!isId(id)) return [];
    await this.target(this.db, ctx, id.toLowerCase(), false);
    const rows = await this.sessions.listOf(id.toLowerCase());
    const now = Date.now();
    return rows.map((row) => ({
      id: row.id,
      createdAt: row.createdAt,
      lastUsedAt: row.lastUsedAt,
      expiresAt: row.expiresAt,
      endedAt: row.endedAt,
      endReason: row.endReason,
      userAgent: row.userAgent,
      ipAddress: row.ipAddress,
      open: row.endedAt === null && row.expiresAt.getTime() > now,
    }));
  }

  async endSession(ctx: RequestContext, id: string): Promise<boolean> {
    const sessionId = requireId('sessionId', id);
    const [session] = await this.db.select({ userId: sessions.userId }).from(sessions).where(eq(sessions.id, sessionId));
    if (!session) throw ApiError.notFound('会话');
    await this.target(this.db, ctx, session.userId, false);
    return this.sessions.end(sessionId, SessionEndReason.ended, session.userId);
  }

  /**
   * The caller's own password: the current one proves it is them (a borrowed open browser is not
   * enough). Every session ends, this browser gets a new one: a thief's copy of a session stops.
   */
  async changeOwnPassword(ctx: RequestContext, input: ChangePasswordInput, client: ClientInfo): Promise<SignedIn> {
    if (ctx.via !== 'token') throw ApiError.forbidden('只能在登录后的页面中修改密码');
    const userId = ctx.requireUser.id;
    const { row, started } = await this.db.transaction(async (tx) => {
      const [current] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
      if (!current || current.disabledAt) throw new ApiError(ApiErrorCode.Unauthenticated, '登录已失效，请重新登录', { reason: 'sessionEnded' });
      if (!(await verifyPassword(current.passwordHash, input.currentPassword))) {
        throw ApiError.badInput('input.currentPassword', 'wrongPassword', '当前密码不正确');
      }
      assertPasswordAllowed(input.newPassword, current.username, 'input.newPassword');
      if (await verifyPassword(current.passwordHash, input.newPassword)) {
        throw ApiError.badInput('input.newPassword', 'unchanged', '新密码不能与当前密码相同');
      }
      const [updated] = await tx
        .update(users)
        .set({ passwordHash: await hashPassword(input.newPassword), mustChangePassword: false })
        .where(eq(users.id, userId))
        .returning();
      if (!updated) throw new Error('updating the password returned no row');
      await this.sessions.endAllOf(userId, SessionEndReason.passwordChanged, tx);
      return { row: updated, started: await this.sessions.start(userId, client, tx) };
    });
    return this.auth.signedIn(row, started.sessionId, started.refreshToken);
  }

  /** The user to act on (locked for the caller's transaction unless `lock` is false); NOT_FOUND when missing, FORBIDDEN beyond the caller's scope. */
  private async target(db: Db, ctx: RequestContext, userId: string, lock = true): Promise<UserRow> {
    const query = db.select().from(users).where(eq(users.id, userId));
    const [target] = lock ? await query.for('update') : await query;
    if (!target) throw ApiError.notFound('用户');
    if (!isRole(target.role)) throw new Error(`user ${target.username} has an unknown role ${target.role}`);
    // Managing an account whose access is wider than the caller's would be granting it.
    assertMayGrant(ctx, { role: target.role, unitId: target.unitId, regionCode: target.regionCode });
    return target;
  }

  private async account(userId: string): Promise<UserAccount> {
    const [row] = await this.db
      .select({ user: users, unitName: units.name, openSessions: this.openSessionCount() })
      .from(users)
      .leftJoin(units, eq(units.id, users.unitId))
      .where(eq(users.id, userId));
    if (!row) throw ApiError.notFound('用户');
    return toAccount(row.user, row.unitName, row.openSessions);
  }

  private openSessionCount() {
    return sql<number>`(select count(*)::int from ${sessions} where ${sessions.userId} = ${users.id}
      and ${sessions.endedAt} is null and ${sessions.expiresAt} > now())`;
  }
}

function sameAccess(row: UserRow, access: UserAccess): boolean {
  return row.role === access.role && row.unitId === access.unitId && row.regionCode === access.regionCode;
}

function toAccount(row: UserRow, unitName: string | null, openSessions: number): UserAccount {
  return {
    ...toSessionUser(row),
    unitName,
    disabled: row.disabledAt !== null,
    lockedUntil: row.lockedUntil !== null && row.lockedUntil.getTime() > Date.now() ? row.lockedUntil : null,
    lastLoginAt: row.lastLoginAt,
    openSessions,
    createdAt: row.createdAt,
  };
}
