import type { Grade, Severity } from '@jixiao/contract';
import type { ProjectFile } from '@jixiao/core';

/** `{ yuan, wanYuan, text }` as GraphQL's `Money`. */
export interface PreviewMoney {
  readonly yuan: string;
  readonly wanYuan: string;
  readonly text: string;
}

export interface PreviewFinding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly path: string;
  readonly claimed: string | null;
  readonly computed: string | null;
}

/**
 * The answer of POST /documents/preview (apps/api src/modules/documents/import-preview.presenter.ts):
 * what an upload would import, nothing saved. Numbers are decimal strings as in GraphQL.
 * (Some arrays are mutable only because Element Plus' table takes mutable data.)
 */
export interface ImportPreview {
  readonly fileName: string;
  readonly source: 'json' | 'xlsx' | 'txt' | 'docx';
  /** The project file read from the upload: `importProject(file: JSON.stringify(file))` confirms it. */
  readonly file: ProjectFile;
  /** Statements or cells that could not be placed. */
  readonly unplaced: { readonly text: string; readonly reason: string; readonly where?: string }[];
  readonly budget: {
    readonly budgetAmount: PreviewMoney;
    readonly receivedAmount: PreviewMoney;
    readonly spentAmount: PreviewMoney;
    readonly executionRate: { readonly percent: string; readonly text: string } | null;
  };
  /** As recomputed by the core; null when the file has no evaluation. */
  readonly scoreCard: {
    readonly frameworkName: string;
    readonly totalScore: string;
    readonly grade: Grade;
    readonly gradeLabel: string;
    readonly dimensions: { readonly id: string; readonly name: string; readonly weight: string; readonly score: string; readonly claimedScore: string | null }[];
  } | null;
  /** What the document claims (总分, 等级), as written. */
  readonly claimed: { readonly totalScore: string | null; readonly grade: string | null } | null;
  readonly auditFindings: readonly PreviewFinding[];
  /** The unit's stored project this file repeats (same content, or same name and year); null when none. */
  readonly duplicateOf: {
    readonly reason: 'sameContent' | 'sameNameAndYear';
    readonly message: string;
    readonly existingProject: { readonly id: string; readonly name: string; readonly unitName: string; readonly fiscalYear: number };
  } | null;
}

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** Findings grouped by severity, most severe first, each group in the API's order. */
export function findingsBySeverity<F extends { readonly severity: Severity }>(findings: readonly F[]): { severity: Severity; findings: F[] }[] {
  return SEVERITY_ORDER.map((severity) => ({ severity, findings: findings.filter((f) => f.severity === severity) })).filter((group) => group.findings.length > 0);
}
