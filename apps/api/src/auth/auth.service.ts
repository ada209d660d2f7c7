import { Inject, Injectable } from '@nestjs/common';
import { eq, and } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { timingSafeEqual, createHash } from 'node:crypto';
import { ApiError, ApiErrorCode } from '../common/errors/api-error.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { DB, type Db } from '../database/database.types.js';
import { chatUserLinks, users } from '../database/schema/index.js';
import { DUMMY_HASH_PASSWORD, hashPassword, verifyPassword } from './password.js';
import { RequestContext, type SessionUser } from './request-context.js';
import { isRole } from './role.js';
import { TokenService } from './token.service.js';

/** Headers of the bot's service-token path. */
export const SERVICE_TOKEN_HEADER = 'x-jixiao-service-token';
/** `<platform>:<platform user id>`, e.g. `dingtalk:manager4521`. */
export const CHAT_USER_HEADER = 'x-jixiao-chat-user';

type UserRow = typeof users.$inferSelect;

@Injectable()
export class AuthService {
  /** Per request, so that an operation with several root fields authenticates once. */
  private readonly contexts = new WeakMap<FastifyRequest, Promise<RequestContext>>();
  private dummyHash: Promise<string> | undefined;

  constructor(
    @Inject(DB) private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: TokenService,
  ) {}

  async login(username: string, password: string): Promise<{ user: SessionUser; token: string; expiresAt: Date }> {
    const [row] = await this.db.select().from(users).where(eq(users.username, username.trim()));
    // Verify against a dummy hash for unknown users so both paths take the same time.
    const valid = await verifyPassword(row?.passwordHash ?? (await this.dummy()), password);
    if (!row || !valid) throw new ApiError(ApiErrorCode.Unauthenticated, '用户名或密码错误', { reason: 'invalidCredentials' });
    const user = toSessionUser(row);
    return { user, ...(await this.tokens.issue(user)) };
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
    const user = match?.[1] ? await this.tokens.verify(match[1]) : undefined;
    if (!user) throw new ApiError(ApiErrorCode.Unauthenticated, '登录已失效，请重新登录', { reason: 'invalidToken' });
    return RequestContext.forUser(user);
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
      .where(and(eq(chatUserLinks.platform, platform), eq(chatUserLinks.platformUserId, platformUserId)));
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
  };
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
