import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';
import { users } from './users.js';

/**
 * A digest subscription (订阅): a user's own chat account, or a group chat, receives a daily or weekly digest
 * of what that user may see (modules/subscriptions). A group subscription belongs to the user who made it and
 * shows only that user's scope. Scheduling state lives here so that it survives restarts and is shared by
 * every bot instance: the next run, and a lease while one instance is sending.
 */
export const digestSubscriptions = pgTable(
  'digest_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Whose permissions the digest is computed with; deleting the user deletes the subscription. */
    ownerUserId: uuid('owner_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** dingtalk / feishu / wecom. */
    platform: text('platform').notNull(),
    /** user: the owner's linked chat account; group: a group chat the owner subscribed from. */
    target: text('target').$type<'user' | 'group'>().notNull(),
    /** The platform's id of the recipient: the user's platform id, or the group's conversation / chat id. */
    conversationId: text('conversation_id').notNull(),
    /** A name for the recipient shown in the list (the group's title when the platform gave one). */
    conversationTitle: text('conversation_title'),
    /** daily (every day 9:00 Asia/Shanghai) / weekly (Mondays 9:00 Asia/Shanghai). */
    frequency: text('frequency').$type<'daily' | 'weekly'>().notNull(),
    nextRunAt: timestamp('next_run_at', { withTimezone: true }).notNull(),
    /** While set and in the future, one bot instance holds the due digest (claimDueDigests). */
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    leaseOwner: text('lease_owner'),
    /** The due time of the last digest delivered: "new since the last digest" counts from here. */
    lastDeliveredAt: timestamp('last_delivered_at', { withTimezone: true }),
    /** The alerts the last delivered digest reported (project id + kind + colour), so the next reports only new ones. */
    reportedAlerts: jsonb('reported_alerts').$type<string[]>().notNull().default([]),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('digest_subscriptions_recipient_idx').on(t.ownerUserId, t.platform, t.conversationId, t.frequency),
    index('digest_subscriptions_due_idx').on(t.nextRunAt),
  ],
);

/**
 * One digest of one subscription for one due time. Created when an instance claims the due subscription, with
 * the content it will send, so that a retry after a crash sends the same message under the same id (the
 * platforms' idempotency keys: Feishu `uuid`, WeCom duplicate check) and never a second, different digest.
 */
export const digestDeliveries = pgTable(
  'digest_deliveries',
  {
    /** Also the idempotency key sent to the platform. */
    id: uuid('id').primaryKey().defaultRandom(),
    subscriptionId: uuid('subscription_id')
      .notNull()
      .references(() => digestSubscriptions.id, { onDelete: 'cascade' }),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    /** sending (claimed, outcome unknown) → sent / failed (retried later) / unconfirmed / abandoned. */
    status: text('status').$type<'sending' | 'sent' | 'failed' | 'unconfirmed' | 'abandoned'>().notNull(),
    attempts: integer('attempts').notNull().default(1),
    /** The digest as computed at the first claim: title, sections, links. */
    content: jsonb('content').notNull(),
    /** The alerts this digest reports, stored on the subscription once it is delivered. */
    alertKeys: jsonb('alert_keys').$type<string[]>().notNull(),
    lastError: text('last_error'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('digest_deliveries_due_idx').on(t.subscriptionId, t.dueAt)],
);
