import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';
import { units } from './organisation.js';
import { projects } from './projects.js';

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  /** argon2id PHC string. */
  passwordHash: text('password_hash').notNull(),
  /** admin / leader / financeReviewer / unitStaff / evaluator (see auth/role.ts). */
  role: text('role').notNull(),
  /** The unit of a unitStaff user. */
  unitId: uuid('unit_id').references(() => units.id),
  /** The region a leader reads. */
  regionCode: varchar('region_code', { length: 6 }),
  /** Set when an administrator disables the account: it cannot sign in, and its sessions were ended. */
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
  /** Set by an administrator's password reset (and for new accounts): only a password change is allowed until done. */
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  /** Consecutive failed logins since the last success; drives the account lockout's back-off. */
  failedLogins: integer('failed_logins').notNull().default(0),
  /** No password is checked before this time (auth/account-lockout.ts). */
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  createdAt: createdAt(),
});

/** Projects an evaluator is assigned to (评价组成员). */
export const evaluatorAssignments = pgTable(
  'evaluator_assignments',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.projectId] }), index('evaluator_assignments_project_idx').on(t.projectId)],
);

/** A chat platform account (DingTalk, Feishu, WeCom) mapped to a Jixiao user, for the bot. */
export const chatUserLinks = pgTable(
  'chat_user_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    platform: text('platform').notNull(),
    platformUserId: text('platform_user_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('chat_user_links_platform_user_idx').on(t.platform, t.platformUserId)],
);

/**
 * Webhook events the bot has handled, so that a platform's retries are dropped by event id
 * across instances. Rows older than eight hours are deleted in bounded batches as new events are
 * recorded (modules/chat/chat.service.ts).
 */
export const processedWebhookEvents = pgTable(
  'processed_webhook_events',
  {
    platform: text('platform').notNull(),
    eventId: text('event_id').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.platform, t.eventId] }), index('processed_webhook_events_received_idx').on(t.receivedAt)],
);
