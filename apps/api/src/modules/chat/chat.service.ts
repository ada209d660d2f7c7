import { Inject, Injectable } from '@nestjs/common';
import { eq, sql } from 'drizzle-orm';
import { ApiError } from '../../common/errors/api-error.js';
import { requireId } from '../../common/validation/ids.js';
import { requireText } from '../../common/validation/text.js';
import { DB, type Db } from '../../database/database.types.js';
import { chatUserLinks, processedWebhookEvents, users } from '../../database/schema/index.js';

const PLATFORM = /^[a-z][a-z0-9-]{1,31}$/;

/** Webhook event ids are kept this long: past every platform's retry window (minutes to hours). */
export const WEBHOOK_EVENT_RETENTION_HOURS = 8;
/** Old rows deleted per recorded event: more than one, so the table shrinks whatever the traffic. */
const PRUNE_BATCH = 100;

/** Chat accounts linked to users, and the webhook events the bot has handled (shared by its instances). */
@Injectable()
export class ChatService {
  constructor(@Inject(DB) private readonly db: Db) {}

  async link(platform: string, platformUserId: string, userId: string): Promise<boolean> {
    const values = {
      platform: requirePlatform(platform),
      platformUserId: requireText('platformUserId', platformUserId, 128, '聊天平台用户编号'),
      userId: requireId('userId', userId),
    };
    const [user] = await this.db.select({ id: users.id }).from(users).where(eq(users.id, values.userId));
    if (!user) throw ApiError.notFound('用户');
    await this.db
      .insert(chatUserLinks)
      .values(values)
      .onConflictDoUpdate({ target: [chatUserLinks.platform, chatUserLinks.platformUserId], set: { userId: values.userId } });
    return true;
  }

  /**
   * True the first time an event id is seen on a platform, false for a retry. Each new event also
   * deletes up to {@link PRUNE_BATCH} rows older than {@link WEBHOOK_EVENT_RETENTION_HOURS} hours
   * (an index range on received_at), so the table holds about the last eight hours of events
   * without a timer in any instance.
   */
  async markProcessed(platform: string, eventId: string): Promise<boolean> {
    const inserted = await this.db
      .insert(processedWebhookEvents)
      .values({ platform: requirePlatform(platform), eventId: requireText('eventId', eventId, 200, '事件编号') })
      .onConflictDoNothing()
      .returning({ eventId: processedWebhookEvents.eventId });
    if (inserted.length > 0) await this.pruneOldEvents();
    return inserted.length > 0;
  }

  private async pruneOldEvents(): Promise<void> {
    const t = processedWebhookEvents;
    await this.db.execute(sql`delete from ${t} where (${t.platform}, ${t.eventId}) in (
      select ${t.platform}, ${t.eventId} from ${t}
      where ${t.receivedAt} < now() - make_interval(hours => ${WEBHOOK_EVENT_RETENTION_HOURS}::int)
      order by ${t.receivedAt} limit ${PRUNE_BATCH})`);
  }
}

function requirePlatform(platform: string): string {
  if (!PLATFORM.test(platform)) throw ApiError.badInput('platform', 'invalidPlatform', '聊天平台名称无效（如 dingtalk、feishu、wecom）');
  return platform;
}
