import type { Budget } from '../budget/budget.js';
import type { EvaluationFramework, EvaluationKind } from '../frameworks/framework.js';
import type { Indicator } from '../indicators/indicator.js';
import type { Decimal } from '../money/decimal.js';
import type { PlainDate } from '../time/plain-date.js';
import type { ReportStatements } from './report-statements.js';

/** What an evaluation's authors claimed above the indicator level. */
export interface EvaluationClaims {
  readonly groups: readonly { readonly level1: string; readonly level2: string; readonly score: Decimal; readonly statement?: string | undefined }[];
  readonly dimensions: readonly { readonly level1: string; readonly score: Decimal }[];
  readonly totalScore?: Decimal | undefined;
  /** As written (优秀, 良, …). */
  readonly grade?: string | undefined;
  /** Sums the document writes out (“89.97 = 30 + 30 + 29.99”). */
  readonly statedSums?: readonly StatedSum[] | undefined;
}

export interface StatedSum {
  readonly text: string;
  readonly total: Decimal;
  readonly parts: readonly Decimal[];
  readonly where?: string | undefined;
}

export interface EvaluationTeamMember {
  readonly name: string;
  readonly title?: string | undefined;
  readonly role: 'lead' | 'deputyLead' | 'member';
}

export interface Evaluation {
  readonly kind: EvaluationKind;
  readonly framework: EvaluationFramework;
  readonly evaluatedAt?: PlainDate | undefined;
  readonly team: readonly EvaluationTeamMember[];
  readonly indicators: readonly Indicator[];
  readonly claims: EvaluationClaims;
  /** What the report's prose states beside its scores, when it was read from a report. */
  readonly statements?: ReportStatements | undefined;
}

export interface ProjectInfo {
  readonly name: string;
  readonly code?: string | undefined;
  /** Absent when the document does not state it: scoring and the audit do without, storing does not. */
  readonly fiscalYear: number | undefined;
  readonly unit: { readonly name: string; readonly code?: string | undefined };
  readonly region: { readonly code: string; readonly name: string } | undefined;
  readonly supervisingDepartment?: string | undefined;
  readonly fundingDocument?: string | undefined;
  readonly goals: { readonly overall?: string | undefined; readonly phases: readonly string[]; readonly outcome?: string | undefined };
}

/** A project with its budget and (optionally) one evaluation: what the core computes on. */
export interface Project {
  readonly info: ProjectInfo;
  readonly budget: Budget;
  readonly evaluation?: Evaluation | undefined;
}
