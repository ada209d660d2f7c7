import type { SessionUser } from '../../auth/request-context.js';
import type { Db } from '../../database/database.types.js';
import { projectChanges, type FieldChange } from '../../database/schema/index.js';
import type { HistoryOperation } from './history-operations.js';

export interface NewChange {
  readonly projectId: string;
  /** The project's version after the write. */
  readonly version: number;
  readonly operation: HistoryOperation;
  readonly actor: SessionUser;
  readonly reason?: string | undefined;
  readonly fields: readonly FieldChange[];
}

/** Appends one write to 变更记录. Call in the write's transaction: the two commit or roll back together. */
export async function appendChange(db: Db, change: NewChange): Promise<void> {
  await db.insert(projectChanges).values({
    projectId: change.projectId,
    version: change.version,
    action: change.operation,
    actorId: change.actor.id,
    actorName: change.actor.displayName,
    reason: change.reason ?? null,
    fields: [...change.fields],
  });
}
