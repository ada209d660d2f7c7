import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';
import { projects } from './projects.js';

/** One field of a change, as shown in 变更记录: before → after, both as display text. */
export interface FieldChange {
  /** A stable path, e.g. `budget.lines.fiscal.receivedAmount`, `indicators.q1.actual`. */
  readonly field: string;
  /** The Chinese label at the time of the change, e.g. `预算（财政资金）·实际到位`. */
  readonly label: string;
  readonly before: string | null;
  readonly after: string | null;
}

/**
 * 变更记录: one row per write to a project (its fields, budget, payments, indicators, actuals,
 * tiers, claims, submission and 退回), in the transaction of the write, so a write that fails
 * leaves no row and a row always describes a write that happened. Append-only: the migration
 * adds a trigger refusing UPDATE and DELETE.
 */
export const projectChanges = pgTable(
  'project_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    /** The project's version after the write (1 for its creation). */
    version: integer('version').notNull(),
    /** The mutation that made the change, e.g. `setBudget`. */
    action: text('action').notNull(),
    actorId: uuid('actor_id'),
    /** The actor's display name at the time: history outlives renamed and removed accounts. */
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** Why (required for 退回). */
    reason: text('reason'),
    fields: jsonb('fields').$type<FieldChange[]>().notNull(),
  },
  // One change per version: a second writer on the same version cannot slip a row in.
  (t) => [uniqueIndex('project_changes_project_version_idx').on(t.projectId, t.version)],
);

/**
 * The frozen record of a submitted evaluation: the project file as scored, the score card with
 * derivations and the audit findings, with the SHA-256 of their canonical JSON. Append-only like
 * the history: a 退回 detaches it from the evaluation, it is never changed or removed.
 */
export const evaluationSnapshots = pgTable(
  'evaluation_snapshots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    /** The project version the submission produced. */
    projectVersion: integer('project_version').notNull(),
    submittedBy: uuid('submitted_by'),
    content: jsonb('content').notNull(),
    contentHash: varchar('content_hash', { length: 64 }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('evaluation_snapshots_project_idx').on(t.projectId)],
);
