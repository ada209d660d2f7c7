import { Inject, Injectable } from '@nestjs/common';
import { and, desc, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import { ApiError, ApiErrorCode } from '../common/errors/api-error.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { DB, type Db } from '../database/database.types.js';
import { refreshTokens, sessions, users } from '../database/schema/index.js';
import type { ClientInfo } from './client-info.js';
import { newRefreshToken, refreshTokenHash } from './refresh-token.js';
import { SessionEndReason } from './session-end.js';

type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;

/**
 * Two tabs opened together (a leader tapping two links in a work chat) refresh with the same
 * cookie: the second, arriving within this many seconds of the first, gets an access token without
 * a new refresh token (the browser keeps the first answer's cookie) instead of counting as reuse.
 */
export const REFRESH_REUSE_GRACE_SECONDS = 30;

/** Ended and expired sessions are kept this long for the administrator's list, then deleted. */
const KEEP_ENDED_DAYS = 30;


export interface StartedSession {
  readonly sessionId: string;
  readonly refreshToken: string;
}

/** A refresh answered: the user as stored now, and a new refresh token unless within the grace period. */
export interface RefreshedSession {
  readonly user: UserRow;
  readonly sessionId: string;
  readonly refreshToken: string | undefined;
}

/**
 * Sessions and their rotating refresh tokens. Every refresh replaces the token; a replaced token
 * presented again later than {@link REFRESH_REUSE_GRACE_SECONDS} ends the session (RFC 9700 §4.14.2,
 * refresh token rotation with reuse detection): whichever of the user and a thief uses it next is
 * signed out, and the user signs in again with the password.
 */
@Injectable()
export class SessionService {
  constructor(
    @Inject(DB) private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Opens a session for a user who has just proved who they are; answers its first refresh token. */
  async start(userId: string, client: ClientInfo, db: Db = this.db): Promise<StartedSession> {
    const refreshToken = newRefreshToken();
    // The user's long-gone sessions go as new ones come: the table stays bounded without a job.
    await db.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.expiresAt, sql`now() - make_interval(days => ${KEEP_ENDED_DAYS})`)));
    const [session] = await db
      .insert(sessions)
      .values({
        userId,
        expiresAt: this.renewedExpiry(),
        userAgent: client.userAgent?.slice(0, 300) ?? null,
        ipAddress: client.ipAddress ?? null,
      })
      .returning({ id: sessions.id });
    if (!session) throw new Error('inserting a session returned no row');
    await db.insert(refreshTokens).values({ tokenHash: refreshTokenHash(refreshToken), sessionId: session.id });
    return { sessionId: session.id, refreshToken };
  }

  /** Rotates a refresh token; UNAUTHENTICATED when it is unknown, its session is over, or it was reused. */
  async refresh(refreshToken: string): Promise<RefreshedSession> {
    const hash = refreshTokenHash(refreshToken);
    const [found] = await this.db
      .select({ replacedAt: refreshTokens.replacedAt, session: sessions, user: users })
      .from(refreshTokens)
      .innerJoin(sessions, eq(sessions.id, refreshTokens.sessionId))
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(refreshTokens.tokenHash, hash));
    if (!found || !isOpen(found.session) || found.user.disabledAt !== null) throw sessionOver();
    const { session, user } = found;
    if (found.replacedAt !== null) return this.replayed(session, user, found.replacedAt);

    const next = newRefreshToken();
    const rotated = await this.db.transaction(async (tx) => {
      // Conditional, so that of two refreshes racing with one token exactly one rotates it.
      const [claimed] = await tx
        .update(refreshTokens)
        .set({ replacedAt: sql`now()` })
        .where(and(eq(refreshTokens.tokenHash, hash), isNull(refreshTokens.replacedAt)))
        .returning({ tokenHash: refreshTokens.tokenHash });
      if (!claimed) return false;
      await tx.insert(refreshTokens).values({ tokenHash: refreshTokenHash(next), sessionId: session.id });
      await tx.update(sessions).set({ expiresAt: this.renewedExpiry(), lastUsedAt: sql`now()` }).where(eq(sessions.id, session.id));
      return true;
    });
    if (!rotated) return this.replayed(session, user, new Date());
    return { user, sessionId: session.id, refreshToken: next };
  }

  /** Whether a session is open: the guard's one read per authenticated request (primary key). */
  async isOpen(sessionId: string): Promise<boolean> {
    const [row] = await this.db
      .select({ id: sessions.id })
      .from(sessions)
      .where(and(eq(sessions.id, sessionId), isNull(sessions.endedAt), gt(sessions.expiresAt, sql`now()`)));
    return row !== undefined;
  }

  /** The session a refresh token belongs to, whatever its state (logout reads the cookie). */
  async sessionOfToken(refreshToken: string): Promise<string | undefined> {
    const [row] = await this.db
      .select({ sessionId: refreshTokens.sessionId })
      .from(refreshTokens)
      .where(eq(refreshTokens.tokenHash, refreshTokenHash(refreshToken)));
    return row?.sessionId;
  }

  /** Ends one session (of `userId`, when given); answers whether an open one was ended. */
  async end(sessionId: string, reason: SessionEndReason, userId?: string, db: Db = this.db): Promise<boolean> {
    const ended = await db
      .update(sessions)
      .set({ endedAt: sql`now()`, endReason: reason })
      .where(and(eq(sessions.id, sessionId), isNull(sessions.endedAt), userId === undefined ? undefined : eq(sessions.userId, userId)))
      .returning({ id: sessions.id });
    return ended.length > 0;
  }

  /** Ends every open session of a user, in the caller's transaction (with the change that calls for it). */
  async endAllOf(userId: string, reason: SessionEndReason, db: Db = this.db): Promise<number> {
    const ended = await db
      .update(sessions)
      .set({ endedAt: sql`now()`, endReason: reason })
      .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt)))
      .returning({ id: sessions.id });
    return ended.length;
  }

  /** A user's sessions, open ones first, newest first. */
  listOf(userId: string): Promise<SessionRow[]> {
    return this.db
      .select()
      .from(sessions)
      .where(eq(sessions.userId, userId))
      .orderBy(sql`${sessions.endedAt} is not null`, desc(sessions.lastUsedAt));
  }

  private async replayed(session: SessionRow, user: UserRow, replacedAt: Date): Promise<RefreshedSession> {
    if (Date.now() - replacedAt.getTime() <= REFRESH_REUSE_GRACE_SECONDS * 1000) return { user, sessionId: session.id, refreshToken: undefined };
    await this.end(session.id, SessionEndReason.refreshReused);
    throw new ApiError(ApiErrorCode.Unauthenticated, '登录凭据已被重复使用，为安全起见已退出该登录，请重新登录', { reason: 'refreshReused' });
  }

  private renewedExpiry(): Date {
    return new Date(Date.now() + this.config.refreshTokenTtl * 1000);
  }
}

function isOpen(session: SessionRow): boolean {
  return session.endedAt === null && session.expiresAt.getTime() > Date.now();
}

function sessionOver(): ApiError {
  return new ApiError(ApiErrorCode.Unauthenticated, '登录已失效，请重新登录', { reason: 'sessionEnded' });
}
