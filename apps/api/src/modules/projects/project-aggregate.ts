import type { budgetLines, evaluationSnapshots, evaluations, expenses, indicators, payments } from '../../database/schema/index.js';
import type { ProjectRecord } from './project-record.js';

/** A project with every child row: what the core needs to score, audit and monitor it. */
export interface ProjectAggregate extends ProjectRecord {
  readonly budgetLines: readonly (typeof budgetLines.$inferSelect)[];
  readonly payments: readonly (typeof payments.$inferSelect)[];
  readonly expenses: readonly (typeof expenses.$inferSelect)[];
  /** In framework order (position). */
  readonly indicators: readonly (typeof indicators.$inferSelect)[];
  readonly evaluation: typeof evaluations.$inferSelect | undefined;
  /** The frozen record of the submitted evaluation; undefined while it is a draft. */
  readonly snapshot: typeof evaluationSnapshots.$inferSelect | undefined;
}
