import type { Project, ProjectInfo } from '../evaluation/evaluation.js';
import type { ProjectFileIssue } from './load-project.js';
import type { ProjectFile } from './project-file.schema.js';

type Region = NonNullable<ProjectInfo['region']>;

/** A project that can be stored: its year and region are known (dashboards, permissions and statistics are by both). */
export interface StoredProject extends Project {
  readonly info: ProjectInfo & { readonly fiscalYear: number; readonly region: Region };
}

export type StoredProjectFile = ProjectFile & { readonly project: ProjectFile['project'] & { readonly fiscalYear: number; readonly region: Region } };

/**
 * What a loaded project lacks to be stored. Scoring and the audit need neither year nor region —
 * a published table of another province audits as it is — but a stored project is filed by both,
 * so the API asks for them here rather than guessing.
 */
export function storageIssues(project: Project): ProjectFileIssue[] {
  const issues: ProjectFileIssue[] = [];
  if (project.info.fiscalYear === undefined) issues.push({ path: 'project.fiscalYear', message: '文件中未写明年度：保存项目需要年度（上传时填写 fiscalYear，如 2022）' });
  if (project.info.region === undefined) issues.push({ path: 'project.region', message: '文件中未写明所属地区：保存项目需要地区（上传时填写 regionCode，如 652300）' });
  return issues;
}

export function isStorable(project: Project): project is StoredProject {
  return project.info.fiscalYear !== undefined && project.info.region !== undefined;
}
