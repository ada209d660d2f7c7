import { formatScore, type AuditReport, type Decimal, type Finding, type ProjectInfo, type Severity } from '@jixiao/core';
import { renderTable } from '../render/table.js';
import { findingValueKind, findingValueText } from './finding-values.js';
import { SEVERITY_LABELS } from './labels.js';
import { projectHeader } from './project-header.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The audit in Chinese: claimed vs recomputed scores, counts by severity, findings grouped by severity. */
export function auditText(info: ProjectInfo, report: AuditReport): string[] {
  const { claimed, recomputed } = report;
  const score = (value: Decimal | undefined) => (value === undefined ? '—' : formatScore(value));
  const comparison = renderTable(
    [{ header: '' }, { header: '报告所称', align: 'right' }, { header: '重新计算', align: 'right' }],
    [
      ['总分', score(claimed.totalScore), score(recomputed.totalScore)],
      ['评级', claimed.grade ?? '—', recomputed.grade ?? '—'],
      ...recomputed.dimensions.map((d) => [d.name, score(claimed.dimensions.find((c) => c.id === d.id)?.score), score(d.score)]),
    ],
  );
  const counts = SEVERITIES.map((s) => `${SEVERITY_LABELS[s]} ${report.findings.filter((f) => f.severity === s).length}`).join('，');
  const groups = SEVERITIES.flatMap((severity) => {
    const findings = report.findings.filter((f) => f.severity === severity);
    if (findings.length === 0) return [];
    return ['', `${SEVERITY_LABELS[severity]}（${findings.length}）`, ...findings.flatMap((f, i) => findingLines(f, i + 1))];
  });
  return [
    ...projectHeader(info, report.card.framework),
    '',
    ...comparison,
    '',
    report.findings.length === 0 ? '未发现问题' : `发现 ${report.findings.length} 项：${counts}`,
    ...groups,
  ];
}

function findingLines(finding: Finding, number: number): string[] {
  const kind = findingValueKind(finding.code);
  const claimed = finding.claimed === undefined ? undefined : `所称 ${findingValueText(finding.claimed, kind)}`;
  const computed = finding.computed === undefined ? undefined : `计算 ${findingValueText(finding.computed, kind)}`;
  const values = [claimed, computed].filter((v) => v !== undefined).join(' → ');
  const label = `  ${number}. `;
  // Continuation lines start under the code, however many digits the number has.
  const indent = ' '.repeat(label.length);
  return [`${label}[${finding.code}] ${finding.path}`, `${indent}${finding.message}`, ...(values === '' ? [] : [`${indent}${values}`])];
}
