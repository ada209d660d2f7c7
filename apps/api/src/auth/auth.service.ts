import { Inject, Injectable } from '@nestjs/common';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { timingSafeEqual, createHash } from 'node:crypto';
import { ApiError, ApiErrorCode } from '../common/errors/api-error.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { DB, type Db } from '../database/database.types.js';
import { chatUserLinks, users } from '../database/schema/index.js';
import { DEMO_USERS } from '../demo/demo-users.js';
import { lockoutSeconds } from './account-lockout.js';
import { DUMMY_HASH_PASSWORD, hashPassword, verifyPassword } from './password.js';
import { RequestContext, type SessionUser } from './request-context.js';
import { isRole } from './role.js';
import { SessionEndReason } from './session-end.js';
import type { ClientInfo } from './client-info.js';
import { SessionService } from './session.service.js';
import { TokenService } from './token.service.js';

/** Headers of the bot's service-token path. */
export const SERVICE_TOKEN_HEADER = 'x-jixiao-service-token';
/** `<platform>:<platform user id>`, e.g. `dingtalk:manager4521`. */
export const CHAT_USER_HEADER = 'x-jixiao-chat-user';

type UserRow = typeof users.$inferSelect;

/** A successful sign-in or refresh: the access token, and the refresh token for the cookie. */
export interface SignedIn {
  readonly user: SessionUser;
  readonly token: string;
  readonly expiresAt: Date;
  /** Undefined when a refresh within the grace period keeps the cookie the browser already has. */
  readonly refreshToken: string | undefined;
}

@Injectable()
export class AuthService {
  /** Per request, so that an operation with several root fields authenticates once. */
  private readonly contexts = new WeakMap<FastifyRequest, Promise<RequestContext>>();
  private dummyHash: Promise<string> | undefined;

  constructor(
    @Inject(DB) private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: TokenService,
    private readonly sessions: SessionService,
  ) {}

  async login(username: string, password: string, client: ClientInfo): Promise<SignedIn> {
    const [row] = await this.db.select().from(users).where(eq(users.username, username.trim()));
    // A locked account's password is not even checked: guessing stops until the lock ends.
    if (row?.lockedUntil && row.lockedUntil.getTime() > Date.now()) throw accountLocked(row.lockedUntil);
    // Verify against a dummy hash for unknown users so both paths take the same time.
    const valid = await verifyPassword(row?.passwordHash ?? (await this.dummy()), password);
    if (!row || !valid) {
      if (row) await this.recordFailure(row.id);
      throw new ApiError(ApiErrorCode.Unauthenticated, '用户名或密码错误', { reason: 'invalidCredentials' });
    }
    // Said only to whoever knows the password, so it tells a guesser nothing.
    if (row.disabledAt) throw new ApiError(ApiErrorCode.Unauthenticated, '该账号已停用，请联系系统管理员', { reason: 'accountDisabled' });
    const started = await this.db.transaction(async (tx) => {
      await tx.update(users).set({ failedLogins: 0, lockedUntil: null, lastLoginAt: sql`now()` }).where(eq(users.id, row.id));
      return this.sessions.start(row.id, client, tx);
    });
    return this.signedIn(row, started.sessionId, started.refreshToken);
  }

  /** A new access token (and refresh token) for the refresh cookie's session. */
  async refresh(refreshToken: string): Promise<SignedIn> {
    const refreshed = await this.sessions.refresh(refreshToken);
    return this.signedIn(refreshed.user, refreshed.sessionId, refreshed.refreshToken);
  }

  /** The answer to a sign-in: an access token for the session (also after a password change, users module). */
  async signedIn(row: UserRow, sessionId: string, refreshToken: string | undefined): Promise<SignedIn> {
    const user = toSessionUser(row);
    return { user, refreshToken, ...(await this.tokens.issue(user, sessionId)) };
  }

  /** Ends the session of the refresh cookie, or else of the access token; answers whether one was open. */
  async logout(refreshToken: string | undefined, ctx: RequestContext): Promise<boolean> {
    const sessionId = refreshToken === undefined ? ctx.sessionId : await this.sessions.sessionOfToken(refreshToken);
    return sessionId === undefined ? false : this.sessions.end(sessionId, SessionEndReason.logout);
  }

  /** Whether the demo users were seeded (the login page's password hint); never in production. */
  async demoUsersExist(): Promise<boolean> {
    if (!this.config.demo.enabled) return false;
    const [row] = await this.db
      .select({ id: users.id })
      .from(users)
      .where(inArray(users.username, DEMO_USERS.map((u) => u.username)))
      .limit(1);
    return row !== undefined;
  }

  /** One more failure: counted atomically, and the account locked once the policy says so. */
  private async recordFailure(userId: string): Promise<void> {
    const [counted] = await this.db
      .update(users)
      .set({ failedLogins: sql`${users.failedLogins} + 1` })
      .where(eq(users.id, userId))
      .returning({ failedLogins: users.failedLogins });
    const seconds = lockoutSeconds(counted?.failedLogins ?? 0, this.config.accountLockout);
    if (seconds > 0) await this.db.update(users).set({ lockedUntil: new Date(Date.now() + seconds * 1000) }).where(eq(users.id, userId));
  }

  /** Who is calling: a bearer token, the bot's service token with a chat user, or nobody. */
  contextFor(req: FastifyRequest): Promise<RequestContext> {
    let pending = this.contexts.get(req);
    if (!pending) {
      pending = this.resolve(req);
      this.contexts.set(req, pending);
    }
    return pending;
  }

  private async resolve(req: FastifyRequest): Promise<RequestContext> {
    const serviceToken = header(req, SERVICE_TOKEN_HEADER);
    if (serviceToken !== undefined) return this.resolveService(serviceToken, header(req, CHAT_USER_HEADER));
    const authorization = header(req, 'authorization');
    if (authorization === undefined) return RequestContext.anonymous();
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const verified = match?.[1] ? await this.tokens.verify(match[1]) : undefined;
    if (!verified) throw new ApiError(ApiErrorCode.Unauthenticated, '登录已失效，请重新登录', { reason: 'invalidToken' });
    if (!(await this.sessions.isOpen(verified.sessionId))) {
      throw new ApiError(ApiErrorCode.Unauthenticated, '登录已失效，请重新登录', { reason: 'sessionEnded' });
    }
    return RequestContext.forUser(verified.user, 'token', verified.sessionId);
  }

  private async resolveService(token: string, chatUser: string | undefined): Promise<RequestContext> {
    const expected = this.config.botServiceToken;
    if (expected === undefined || !sameSecret(token, expected)) {
      throw new ApiError(ApiErrorCode.Unauthenticated, '服务令牌无效', { reason: 'invalidServiceToken' });
    }
    const separator = chatUser?.indexOf(':') ?? -1;
    if (chatUser === undefined || separator <= 0) return RequestContext.unmappedService();
    const platform = chatUser.slice(0, separator);
    const platformUserId = chatUser.slice(separator + 1);
    const [row] = await this.db
      .select({ user: users })
      .from(chatUserLinks)
      .innerJoin(users, eq(users.id, chatUserLinks.userId))
      .where(and(eq(chatUserLinks.platform, platform), eq(chatUserLinks.platformUserId, platformUserId), isNull(users.disabledAt)));
    return row ? RequestContext.forUser(toSessionUser(row.user), 'service') : RequestContext.unmappedService();
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= hashPassword(DUMMY_HASH_PASSWORD);
    return this.dummyHash;
  }
}

export function toSessionUser(row: UserRow): SessionUser {
  if (!isRole(row.role)) throw new Error(`user ${row.username} has an unknown role ${row.role}`);
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    unitId: row.unitId,
    regionCode: row.regionCode,
    mustChangePassword: row.mustChangePassword,
  };
}

function accountLocked(until: Date): ApiError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  return new ApiError(ApiErrorCode.RateLimited, `该账号登录失败次数过多，已暂时锁定，请在 ${seconds} 秒后重试`, { reason: 'accountLocked' });
}

function header(req: FastifyRequest, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Constant-time comparison of secrets of any length (hashing first equalises the lengths). */
function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
