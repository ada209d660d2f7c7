import type { LifecycleActionKind, LifecycleRole, LifecycleState } from '@jixiao/core';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ownership, updatedAt } from './columns.js';
import { projects } from './projects.js';

/**
 * Where a project's year stands in the process (the core's LifecycleState: stage, target review,
 * adjustments, monitoring rounds, self-evaluation, rectification tasks, results, disclosure). The
 * core's stage machine is the only writer; a project without a row is drafting its targets.
 */
export const projectLifecycles = pgTable(
  'project_lifecycles',
  {
    projectId: uuid('project_id')
      .primaryKey()
      .references(() => projects.id, { onDelete: 'cascade' }),
    ...ownership(),
    state: jsonb('state').$type<LifecycleState>().notNull(),
    /** Steps taken so far; the history's rows are numbered by it. */
    version: integer('version').notNull(),
    /** Denormalised from the state, for lists and the 待办 query. */
    stage: text('stage').$type<LifecycleState['stage']>().notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [index('project_lifecycles_unit_idx').on(t.unitId), index('project_lifecycles_stage_idx').on(t.stage)],
);

/**
 * One row per step of a project's year: who (name and role at the time), when, what, why (every
 * return and refusal carries its reason) and the step's input. Written in the step's transaction.
 */
export const lifecycleSteps = pgTable(
  'lifecycle_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    /** The lifecycle's version after the step (1 for the first). */
    version: integer('version').notNull(),
    action: text('action').$type<LifecycleActionKind>().notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    actorRole: text('actor_role').$type<LifecycleRole>().notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    reason: text('reason'),
    /** The step as taken (the core's LifecycleAction), e.g. the round's period or the task's deadline. */
    input: jsonb('input').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [uniqueIndex('lifecycle_steps_version_idx').on(t.projectId, t.version)],
);
