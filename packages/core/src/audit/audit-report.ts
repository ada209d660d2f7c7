import type { Decimal } from '../money/decimal.js';
import type { ScoreCard } from '../scoring/score-card.js';
import type { Finding } from './finding.js';

/** A side of the comparison: what the evaluation claimed, or what the rules give. */
export interface ScoreSummary {
  readonly totalScore?: Decimal | undefined;
  /** The label: 优 / 良 / 中 / 差 (recomputed) or as written (claimed). */
  readonly grade?: string | undefined;
  readonly dimensions: readonly { readonly id: string; readonly name: string; readonly score?: Decimal | undefined }[];
}

export interface AuditReport {
  /** Most severe first, then in the order of the project file. */
  readonly findings: readonly Finding[];
  readonly claimed: ScoreSummary;
  readonly recomputed: ScoreSummary;
  readonly card: ScoreCard;
}
