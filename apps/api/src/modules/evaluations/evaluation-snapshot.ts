import type { ProjectFile } from '@jixiao/core';
import type { AnalysedProject } from '../../graphql/request-loaders.js';
import { auditFindingViews } from '../audit/audit.presenter.js';
import type { AuditFinding } from '../audit/models/audit-finding.model.js';
import { indicatorViews } from '../indicators/indicator.presenter.js';
import type { Indicator } from '../indicators/models/indicator.model.js';
import { scoreCardView } from './evaluation.presenter.js';
import type { ScoreCard } from './models/score-card.model.js';

/**
 * What a submitted evaluation froze: its inputs (the project file as scored) and its results as
 * the API presented them at submission (score card, indicators with their derivations, audit
 * findings). Reads of a submitted evaluation serve these, so neither a later budget edit nor a
 * change of the core's rules can move a submitted score.
 */
export interface SnapshotContent {
  readonly formatVersion: 1;
  readonly file: ProjectFile;
  readonly scoreCard: ScoreCard | null;
  readonly indicators: readonly Indicator[];
  readonly auditFindings: readonly AuditFinding[];
}

export function snapshotContent(project: AnalysedProject): SnapshotContent {
  // Through JSON once, so that what is hashed now is exactly what is read back later (exact
  // decimals become their strings, as the API serves them).
  return JSON.parse(
    JSON.stringify({
      formatVersion: 1,
      file: project.analysis.file,
      scoreCard: scoreCardView(project),
      indicators: indicatorViews(project),
      auditFindings: auditFindingViews(project),
    }),
  ) as SnapshotContent;
}

/** The frozen content of a submitted evaluation, which reads serve instead of recomputing; undefined for a draft. */
export function frozenContent({ aggregate }: Pick<AnalysedProject, 'aggregate'>): SnapshotContent | undefined {
  return aggregate.snapshot?.content as SnapshotContent | undefined;
}
