import { Inject, Injectable } from '@nestjs/common';
import { and, asc, eq } from 'drizzle-orm';
import type { RequestContext } from '../../auth/request-context.js';
import { ApiError } from '../../common/errors/api-error.js';
import { isId } from '../../common/validation/ids.js';
import { optionalText, requireText } from '../../common/validation/text.js';
import { DB, type Db } from '../../database/database.types.js';
import { chatUserLinks, digestSubscriptions } from '../../database/schema/index.js';
import { nextDigestTime } from './digest-schedule.js';
import type { SubscribeDigestInput } from './dto/subscribe-digest.input.js';
import { DigestFrequency, DigestTarget } from './models/digest-enums.js';
import type { DigestSubscription } from './models/digest-subscription.model.js';

/** The platforms the bot can push to (the console has no send API). */
const PUSH_PLATFORMS: Readonly<Record<string, string>> = { dingtalk: '钉钉', feishu: '飞书', wecom: '企业微信' };

type SubscriptionRow = typeof digestSubscriptions.$inferSelect;

/** A user's own subscriptions: list, add, remove. Each user sees and removes only theirs. */
@Injectable()
export class SubscriptionsService {
  constructor(@Inject(DB) private readonly db: Db) {}

  async list(ctx: RequestContext): Promise<DigestSubscription[]> {
    const rows = await this.db
      .select()
      .from(digestSubscriptions)
      .where(eq(digestSubscriptions.ownerUserId, ctx.requireUser.id))
      .orderBy(asc(digestSubscriptions.createdAt), asc(digestSubscriptions.id));
    return rows.map(toModel);
  }

  /** Subscribing again to the same recipient and frequency answers the existing subscription. */
  async subscribe(ctx: RequestContext, input: SubscribeDigestInput, now: Date = new Date()): Promise<DigestSubscription> {
    const user = ctx.requireUser;
    const platform = requirePushPlatform(input.platform);
    const frequency = requireEnum('frequency', input.frequency, DigestFrequency, '订阅频率应为 daily 或 weekly');
    const target = requireEnum('target', input.target, DigestTarget, '订阅对象应为 user 或 group');
    const conversationId =
      target === DigestTarget.group
        ? this.groupConversation(ctx, input.conversationId)
        : await this.ownAccount(user.id, platform, input.conversationId);
    const values = {
      ownerUserId: user.id,
      platform,
      target,
      conversationId,
      conversationTitle: optionalText('conversationTitle', input.conversationTitle, 100, '群名称') ?? null,
      frequency,
      nextRunAt: nextDigestTime(frequency, now),
    };
    const [inserted] = await this.db.insert(digestSubscriptions).values(values).onConflictDoNothing().returning();
    if (inserted) return toModel(inserted);
    const [existing] = await this.db
      .select()
      .from(digestSubscriptions)
      .where(
        and(
          eq(digestSubscriptions.ownerUserId, user.id),
          eq(digestSubscriptions.platform, platform),
          eq(digestSubscriptions.conversationId, conversationId),
          eq(digestSubscriptions.frequency, frequency),
        ),
      );
    if (!existing) throw new Error('digest subscription neither inserted nor found');
    return toModel(existing);
  }

  /** False when the caller has no such subscription (someone else's is not theirs to see or remove). */
  async unsubscribe(ctx: RequestContext, id: string): Promise<boolean> {
    if (!isId(id)) return false;
    const deleted = await this.db
      .delete(digestSubscriptions)
      .where(and(eq(digestSubscriptions.id, id), eq(digestSubscriptions.ownerUserId, ctx.requireUser.id)))
      .returning({ id: digestSubscriptions.id });
    return deleted.length > 0;
  }

  /**
   * A group's digest shows its owner's data to everyone in the group, so only the bot may name a group: it
   * read the conversation id from a verified message the owner sent in that group.
   */
  private groupConversation(ctx: RequestContext, conversationId: string | undefined): string {
    if (ctx.via !== 'service') {
      throw ApiError.badInput('target', 'groupFromChatOnly', '群聊订阅请在该群中 @机器人 发送“订阅每日预警”或“订阅 预警周报”');
    }
    return requireText('conversationId', conversationId ?? '', 200, '群聊编号');
  }

  /** The caller's linked account on the platform: the one named, or the only one. */
  private async ownAccount(userId: string, platform: string, conversationId: string | undefined): Promise<string> {
    const links = await this.db
      .select({ id: chatUserLinks.platformUserId })
      .from(chatUserLinks)
      .where(and(eq(chatUserLinks.userId, userId), eq(chatUserLinks.platform, platform)));
    const name = PUSH_PLATFORMS[platform] ?? platform;
    if (links.length === 0) throw ApiError.badInput('platform', 'notLinked', `您的账号尚未绑定${name}，请联系管理员绑定后再订阅`);
    if (conversationId === undefined) {
      const [only] = links;
      if (links.length > 1 || !only) throw ApiError.badInput('conversationId', 'ambiguous', `您绑定了多个${name}账号，请指明接收的账号`);
      return only.id;
    }
    if (!links.some((link) => link.id === conversationId)) {
      throw ApiError.badInput('conversationId', 'notYours', `该${name}账号未绑定到您的账号`);
    }
    return conversationId;
  }
}

export function toModel(row: SubscriptionRow): DigestSubscription {
  return {
    id: row.id,
    platform: row.platform,
    target: row.target === 'group' ? DigestTarget.group : DigestTarget.user,
    conversationId: row.conversationId,
    conversationTitle: row.conversationTitle,
    frequency: row.frequency === 'weekly' ? DigestFrequency.weekly : DigestFrequency.daily,
    nextRunAt: row.nextRunAt,
    lastDeliveredAt: row.lastDeliveredAt,
    createdAt: row.createdAt,
  };
}

function requirePushPlatform(platform: string): string {
  if (!(platform in PUSH_PLATFORMS)) throw ApiError.badInput('platform', 'invalidPlatform', '推送平台应为 dingtalk、feishu 或 wecom');
  return platform;
}

function requireEnum<T extends string>(field: string, value: string, values: Readonly<Record<string, T>>, message: string): T {
  const found = Object.values(values).find((v) => v === value);
  if (found === undefined) throw ApiError.badInput(field, 'invalidValue', message);
  return found;
}
