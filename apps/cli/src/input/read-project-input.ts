import { extname, resolve } from 'node:path';
import { loadProjectFile, type Project } from '@jixiao/core';
import type { CliIo } from '../cli-io.js';
import { CliError } from '../cli-error.js';
import { readJsonFile } from './read-json-file.js';

/** A project read from a file the user named. */
export interface ProjectInput {
  /** The path as the user wrote it, for messages. */
  readonly file: string;
  readonly project: Project;
}

export interface ReadProjectOptions {
  /** A built-in framework id that replaces the file's `evaluation.framework`. */
  readonly framework?: string;
}

/**
 * Every supported format becomes the project file's JSON value before it is validated and loaded,
 * so that importers (.xlsx 自评表, .docx/.txt reports) slot in here as one more entry each.
 */
const READERS: Readonly<Record<string, (path: string, shown: string) => Promise<unknown>>> = {
  '.json': readJsonFile,
};

/** Reads any supported input into a validated project; throws a {@link CliError} (exit 2) otherwise. */
export async function readProjectInput(given: string, io: Pick<CliIo, 'cwd'>, options: ReadProjectOptions = {}): Promise<ProjectInput> {
  const extension = extname(given).toLowerCase();
  const reader = READERS[extension];
  if (!reader) {
    throw new CliError(
      extension === '' ? `无法判断 ${given} 的文件类型（没有扩展名），请使用 .json 项目文件` : `暂不支持 ${extension}，请使用 .json 项目文件`,
    );
  }
  const json = await reader(resolve(io.cwd, given), given);
  const result = loadProjectFile(options.framework === undefined ? json : withFramework(json, options.framework));
  if (!result.ok) {
    throw new CliError(
      `${given} 不符合项目文件格式（${result.issues.length} 处问题）：`,
      result.issues.map((issue) => `${issue.path}: ${issue.message}`),
      options.framework === undefined ? undefined : `已按 --framework ${options.framework} 替换文件中的评价体系；指标须属于该体系的一级、二级指标`,
    );
  }
  return { file: given, project: result.project };
}

/** The file's JSON with its evaluation's framework replaced; anything else is left for the schema to judge. */
function withFramework(json: unknown, framework: string): unknown {
  if (!isRecord(json) || !isRecord(json['evaluation'])) return json;
  return { ...json, evaluation: { ...json['evaluation'], framework } };
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
