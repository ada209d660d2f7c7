import { points } from '../../common/models/points.js';
import type { AnalysedProject } from '../../graphql/request-loaders.js';
import { EvaluationKind, Grade } from '../projects/models/enums.js';
import { EvaluationStatus, type Evaluation } from './models/evaluation.model.js';
import type { ScoreCard } from './models/score-card.model.js';
import { verifiesHash } from '../history/content-hash.js';

export function evaluationView({ aggregate, analysis }: AnalysedProject): Evaluation | null {
  const row = aggregate.evaluation;
  const framework = analysis.project.evaluation?.framework;
  if (!row || !framework) return null;
  return {
    kind: EvaluationKind[row.kind],
    frameworkId: framework.id,
    frameworkName: framework.name,
    status: EvaluationStatus[row.status],
    submittedAt: row.submittedAt,
    evaluatedAt: row.evaluatedAt,
    claimedTotalScore: row.claimedTotalScore === null ? null : points(row.claimedTotalScore),
    claimedGrade: row.claimedGrade,
    team: row.team.map((member) => ({ name: member.name, title: member.title ?? null, role: member.role })),
    snapshot: aggregate.snapshot
      ? {
          contentHash: aggregate.snapshot.contentHash,
          hashVerified: verifiesHash(aggregate.snapshot.content, aggregate.snapshot.contentHash),
          projectVersion: aggregate.snapshot.projectVersion,
          createdAt: aggregate.snapshot.createdAt,
        }
      : null,
  };
}

export function scoreCardView({ analysis }: AnalysedProject): ScoreCard | null {
  const card = analysis.report?.card;
  if (!card) return null;
  return {
    frameworkId: card.framework.id,
    frameworkName: card.framework.name,
    totalWeight: points(card.totalWeight),
    totalScore: points(card.totalScore),
    grade: Grade[card.grade.grade],
    gradeLabel: card.grade.label,
    dimensions: card.dimensions.map((dimension) => ({
      id: dimension.id,
      name: dimension.name,
      weight: points(dimension.weight),
      score: points(dimension.score),
      groups: dimension.groups.map((group) => ({
        id: group.id,
        name: group.name,
        weight: group.weight ? points(group.weight) : null,
        indicatorWeight: points(group.indicatorWeight),
        score: points(group.score),
      })),
    })),
    unscoredCount: card.unscored.length,
  };
}
