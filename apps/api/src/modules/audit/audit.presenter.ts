import type { AnalysedProject } from '../../graphql/request-loaders.js';
import { Severity, type AuditFinding } from './models/audit-finding.model.js';

/** Only the analysis is read, so an uploaded file's preview presents its findings the same way. */
export function auditFindingViews({ analysis }: Pick<AnalysedProject, 'analysis'>): AuditFinding[] {
  return (analysis.report?.findings ?? []).map((finding) => ({
    code: finding.code,
    severity: Severity[finding.severity],
    message: finding.message,
    path: finding.path,
    claimed: finding.claimed === undefined ? null : finding.claimed.toString(),
    computed: finding.computed === undefined ? null : finding.computed.toString(),
  }));
}
