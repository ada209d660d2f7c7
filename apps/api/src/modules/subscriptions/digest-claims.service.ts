import { Inject, Injectable } from '@nestjs/common';
import { and, asc, eq, exists, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { toSessionUser } from '../../auth/auth.service.js';
import { RequestContext } from '../../auth/request-context.js';
import { Clock } from '../../common/clock.js';
import { ApiError } from '../../common/errors/api-error.js';
import { requireId } from '../../common/validation/ids.js';
import { requireText } from '../../common/validation/text.js';
import { DB, type Db } from '../../database/database.types.js';
import { chatUserLinks, digestDeliveries, digestSubscriptions, users } from '../../database/schema/index.js';
import { DigestContentService } from './digest-content.service.js';
import { nextDigestTime } from './digest-schedule.js';
import { DigestOutcome } from './models/digest-enums.js';
import type { DigestClaim, DigestContent } from './models/digest.model.js';
import { toModel } from './subscriptions.service.js';

/**
 * How long a claim holds a due digest. Shorter than Feishu's `uuid` window (1 h) and WeCom's duplicate check
 * (set to 4 h by the bot), so a digest resent after a crash is still recognised by those platforms.
 */
export const DIGEST_LEASE_MS = 10 * 60 * 1000;
/** A failed send is retried after this long, at most {@link DIGEST_MAX_ATTEMPTS} times in all. */
export const DIGEST_RETRY_DELAY_MS = 5 * 60 * 1000;
export const DIGEST_MAX_ATTEMPTS = 3;
const MAX_CLAIM = 50;

/**
 * Due digests for the bot: claimed atomically (one UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED)
 * RETURNING, which PostgreSQL and PGlite both run), each with one delivery row per due time, and completed
 * with the outcome. Every state is in the database, so a restarted or second bot instance continues where the
 * first stopped and never claims what another holds.
 */
@Injectable()
export class DigestClaimsService {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly clock: Clock,
    private readonly content: DigestContentService,
  ) {}

  async claim(instance: string, platforms: readonly string[], at: Date, limit: number): Promise<DigestClaim[]> {
    const now = requireInstant(at);
    const owner = requireText('instance', instance, 100, '机器人实例名');
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_CLAIM) throw ApiError.badInput('limit', 'outOfRange', `每次领取 1 到 ${MAX_CLAIM} 条`);
    if (platforms.length === 0) return [];
    const s = digestSubscriptions;
    const free = or(isNull(s.leaseUntil), lte(s.leaseUntil, now));
    // A user digest goes only to an account still linked to its owner; a disabled owner gets nothing.
    const deliverable = and(
      exists(this.db.select({ one: sql`1` }).from(users).where(and(eq(users.id, s.ownerUserId), isNull(users.disabledAt)))),
      or(
        eq(s.target, 'group'),
        exists(
          this.db
            .select({ one: sql`1` })
            .from(chatUserLinks)
            .where(and(eq(chatUserLinks.platform, s.platform), eq(chatUserLinks.platformUserId, s.conversationId), eq(chatUserLinks.userId, s.ownerUserId))),
        ),
      ),
    );
    const due = this.db
      .select({ id: s.id })
      .from(s)
      .where(and(lte(s.nextRunAt, now), free, inArray(s.platform, [...platforms]), deliverable))
      .orderBy(asc(s.nextRunAt), asc(s.id))
      .limit(limit)
      .for('update', { skipLocked: true });
    const claimed = await this.db
      .update(s)
      .set({ leaseUntil: new Date(now.getTime() + DIGEST_LEASE_MS), leaseOwner: owner })
      .where(and(inArray(s.id, due), lte(s.nextRunAt, now), free))
      .returning();
    const claims: DigestClaim[] = [];
    for (const row of claimed) {
      const claim = await this.prepare(row);
      if (claim) claims.push(claim);
    }
    return claims;
  }

  /** True when recorded; false when the delivery was completed already (a repeated report changes nothing). */
  async complete(deliveryId: string, outcome: DigestOutcome, error: string | undefined, at: Date): Promise<boolean> {
    const id = requireId('deliveryId', deliveryId);
    const now = requireInstant(at);
    return this.db.transaction(async (tx) => {
      const [found] = await tx
        .select({ delivery: digestDeliveries, subscription: digestSubscriptions })
        .from(digestDeliveries)
        .innerJoin(digestSubscriptions, eq(digestSubscriptions.id, digestDeliveries.subscriptionId))
        .where(eq(digestDeliveries.id, id))
        .for('update');
      if (!found) throw ApiError.notFound('推送记录');
      const { delivery, subscription } = found;
      if (delivery.status !== 'sending') return false;
      const next = nextDigestTime(toModel(subscription).frequency, new Date(Math.max(delivery.dueAt.getTime(), now.getTime())));
      const lastError = error === undefined ? null : error.slice(0, 500);
      if (outcome === DigestOutcome.failed) {
        const giveUp = delivery.attempts >= DIGEST_MAX_ATTEMPTS;
        await tx.update(digestDeliveries).set({ status: giveUp ? 'abandoned' : 'failed', lastError }).where(eq(digestDeliveries.id, id));
        await tx
          .update(digestSubscriptions)
          .set(giveUp ? { nextRunAt: next, leaseUntil: null, leaseOwner: null } : { leaseUntil: new Date(now.getTime() + DIGEST_RETRY_DELAY_MS), leaseOwner: null })
          .where(eq(digestSubscriptions.id, subscription.id));
        return true;
      }
      await tx.update(digestDeliveries).set({ status: outcome, deliveredAt: now, lastError }).where(eq(digestDeliveries.id, id));
      await tx
        .update(digestSubscriptions)
        .set({ nextRunAt: next, lastDeliveredAt: delivery.dueAt, reportedAlerts: delivery.alertKeys, leaseUntil: null, leaseOwner: null })
        .where(eq(digestSubscriptions.id, subscription.id));
      return true;
    });
  }

  /**
   * The delivery for the subscription's due time: the one an earlier claim created (same content, same id, so a
   * resend is the same message), or a new one computed now with the owner's permissions.
   */
  private async prepare(row: typeof digestSubscriptions.$inferSelect): Promise<DigestClaim | undefined> {
    const [earlier] = await this.db
      .select()
      .from(digestDeliveries)
      .where(and(eq(digestDeliveries.subscriptionId, row.id), eq(digestDeliveries.dueAt, row.nextRunAt)));
    let delivery: typeof digestDeliveries.$inferSelect;
    if (earlier) {
      const [updated] = await this.db
        .update(digestDeliveries)
        .set({ status: 'sending', attempts: sql`${digestDeliveries.attempts} + 1` })
        .where(and(eq(digestDeliveries.id, earlier.id), inArray(digestDeliveries.status, ['sending', 'failed'])))
        .returning();
      // Completed already (a crash between the two writes of complete cannot happen: it is one transaction).
      if (!updated) return undefined;
      delivery = updated;
    } else {
      const [owner] = await this.db.select().from(users).where(eq(users.id, row.ownerUserId));
      if (!owner) return undefined;
      const ctx = RequestContext.forUser(toSessionUser(owner), 'service');
      const computed = await this.content.compute(ctx, this.clock.today(), { since: row.lastDeliveredAt, reportedAlerts: row.reportedAlerts });
      const [inserted] = await this.db
        .insert(digestDeliveries)
        .values({ subscriptionId: row.id, dueAt: row.nextRunAt, status: 'sending', content: computed.content, alertKeys: computed.alertKeys })
        .returning();
      if (!inserted) return undefined;
      delivery = inserted;
    }
    const subscription = toModel(row);
    return {
      deliveryId: delivery.id,
      subscriptionId: row.id,
      platform: row.platform,
      target: subscription.target,
      conversationId: row.conversationId,
      frequency: subscription.frequency,
      dueAt: row.nextRunAt,
      attempt: delivery.attempts,
      possiblySent: earlier?.status === 'sending',
      content: delivery.content as DigestContent,
    };
  }
}

/** The scalar lets an unreadable text through as an invalid Date: refuse it by name. */
function requireInstant(value: Date): Date {
  if (Number.isNaN(value.getTime())) throw ApiError.badInput('now', 'notATime', '“now”应为 ISO 8601 时间，如 2026-12-04T01:00:00Z');
  return value;
}
