import type { AuditReport, Finding, FindingCode, ScoreSummary, Severity } from '@jixiao/core';
import type { Unplaced } from '@jixiao/documents';
import { findingValueJson, findingValueKind } from './finding-values.js';
import { scoreNumber } from './json-number.js';

/** The stable `jixiao audit --json` shape (docs/cli.md). Absent values are omitted, never null. */
export interface AuditJson {
  readonly findings: readonly FindingJson[];
  readonly claimed: ScoreSummaryJson;
  readonly recomputed: ScoreSummaryJson;
  /** What a report or sheet reader could not place (always empty for a .json project file). */
  readonly unplaced: readonly UnplacedJson[];
}

export interface UnplacedJson {
  readonly text: string;
  readonly reason: string;
  /** The cell of a sheet, e.g. `自评表!F12`; omitted for report text. */
  readonly where?: string;
}

export interface FindingJson {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly message: string;
  readonly path: string;
  readonly claimed?: number | string;
  readonly computed?: number | string;
}

export interface ScoreSummaryJson {
  readonly totalScore?: number;
  readonly grade?: string;
  readonly dimensions: readonly { readonly id: string; readonly name: string; readonly score?: number }[];
}

export function auditJson(report: AuditReport, unplaced: readonly Unplaced[]): AuditJson {
  return {
    findings: report.findings.map(findingJson),
    claimed: summaryJson(report.claimed),
    recomputed: summaryJson(report.recomputed),
    // Copied field by field so that the documented shape does not grow with the reader's type.
    unplaced: unplaced.map((u) => ({ text: u.text, reason: u.reason, ...(u.where === undefined ? {} : { where: u.where }) })),
  };
}

function findingJson(finding: Finding): FindingJson {
  const kind = findingValueKind(finding.code);
  return {
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
    path: finding.path,
    ...(finding.claimed === undefined ? {} : { claimed: findingValueJson(finding.claimed, kind) }),
    ...(finding.computed === undefined ? {} : { computed: findingValueJson(finding.computed, kind) }),
  };
}

function summaryJson(summary: ScoreSummary): ScoreSummaryJson {
  return {
    ...(summary.totalScore === undefined ? {} : { totalScore: scoreNumber(summary.totalScore) }),
    ...(summary.grade === undefined ? {} : { grade: summary.grade }),
    dimensions: summary.dimensions.map((d) => ({ id: d.id, name: d.name, ...(d.score === undefined ? {} : { score: scoreNumber(d.score) }) })),
  };
}
