import { ACTION_SIDE, type PlainDate } from '@jixiao/core';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../database/database.types.js';
import { evaluationSnapshots, evaluations, lifecycleSteps, projectLifecycles } from '../database/schema/index.js';
import { snapshotContent } from '../modules/evaluations/evaluation-snapshot.js';
import { contentHash } from '../modules/history/content-hash.js';
import type { ProjectOwner } from '../modules/projects/project-writer.js';
import { refreshProject } from '../modules/projects/project-writer.js';
import type { DemoLifecycle } from './demo-lifecycle.js';

export interface DemoLifecycleRow {
  readonly projectId: string;
  readonly owner: ProjectOwner;
  readonly unitName: string;
  readonly lifecycle: DemoLifecycle;
}

/** The demo's finance reviewer (demo-users.ts), named in the steps finance took. */
const FINANCE_NAME = '州财政局绩效科复核员';

/**
 * Stores the demo projects' years (state and every step), and freezes the evaluation of those whose
 * self-evaluation was submitted, as submitSelfEvaluation does, so the evaluation and the year agree.
 */
export async function writeDemoLifecycles(tx: Db, rows: readonly DemoLifecycleRow[]): Promise<void> {
  const started = rows.filter((r) => r.lifecycle.steps.length > 0);
  if (started.length === 0) return;
  await tx.insert(projectLifecycles).values(
    started.map((r) => ({
      projectId: r.projectId,
      unitId: r.owner.unitId,
      regionCode: r.owner.regionCode,
      state: r.lifecycle.state,
      version: r.lifecycle.steps.length,
      stage: r.lifecycle.state.stage,
    })),
  );
  await tx.insert(lifecycleSteps).values(
    started.flatMap((r) =>
      r.lifecycle.steps.map((step, i) => {
        const unit = ACTION_SIDE[step.action.kind] === 'unit';
        const reason = 'reason' in step.action ? step.action.reason : 'note' in step.action ? step.action.note : undefined;
        return {
          projectId: r.projectId,
          version: i + 1,
          action: step.action.kind,
          actorId: null,
          actorName: unit ? `${r.unitName}财务人员` : FINANCE_NAME,
          actorRole: unit ? ('unitStaff' as const) : ('financeReviewer' as const),
          at: atBeijingMorning(step.on),
          reason: reason ?? null,
          input: { ...step.action },
        };
      }),
    ),
  );
  for (const row of started) {
    const status = row.lifecycle.state.selfEvaluation.status;
    if (status !== 'submitted' && status !== 'accepted') continue;
    const refreshed = await refreshProject(tx, row.projectId);
    const content = snapshotContent(refreshed);
    const [snapshot] = await tx
      .insert(evaluationSnapshots)
      .values({ projectId: row.projectId, projectVersion: refreshed.aggregate.project.version, content, contentHash: contentHash(content) })
      .returning({ id: evaluationSnapshots.id });
    if (!snapshot) throw new Error('snapshot insert returned nothing');
    await tx.update(evaluations).set({ status: 'submitted', submittedAt: sql`now()`, snapshotId: snapshot.id }).where(eq(evaluations.projectId, row.projectId));
  }
}

/** 10:00 in Beijing on the step's day. */
function atBeijingMorning({ year, month, day }: PlainDate): Date {
  return new Date(Date.UTC(year, month - 1, day, 2));
}
