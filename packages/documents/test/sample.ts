import { readFileSync } from 'node:fs';
import { Decimal, auditProject, loadProjectFile, type AuditReport, type Project } from '@jixiao/core';

/** The sample report and its hand-made transcription, shared by the tests. */
export const SAMPLE_REPORT_PATH = new URL('../../../../shared/domain/seed-report-changji-zongzhi-2022.txt', import.meta.url);
export const SAMPLE_JSON_PATH = new URL('../../core/examples/changji-zongzhi-2022.json', import.meta.url);

export function sampleReportText(): string {
  return readFileSync(SAMPLE_REPORT_PATH, 'utf8');
}

export function sampleJson(): unknown {
  return JSON.parse(readFileSync(SAMPLE_JSON_PATH, 'utf8'));
}

export function load(json: unknown): Project {
  const result = loadProjectFile(json);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.project;
}

export function sampleProject(): Project {
  return load(sampleJson());
}

export function audit(project: Project): AuditReport {
  const report = auditProject(project);
  if (!report) throw new Error('no evaluation');
  return report;
}

/** A finding as the acceptance compares it: code, path, claimed and computed (numbers normalised). */
export function findingKeys(report: AuditReport): string[] {
  const value = (v: unknown) => (v instanceof Decimal ? v.normalize().toString() : v === undefined ? '' : String(v));
  return report.findings.map((f) => `${f.code} ${f.path} ${value(f.claimed)} ${value(f.computed)}`);
}

/** Deep copy with every decimal-looking string normalised (“29.10” and “29.1” are the same claim). */
export function normaliseNumbers(value: unknown): unknown {
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return Decimal.from(value).normalize().toString();
  if (Array.isArray(value)) return value.map(normaliseNumbers);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== '$schema').map(([k, v]) => [k, normaliseNumbers(v)]));
  }
  return value;
}
