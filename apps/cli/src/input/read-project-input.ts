import { extname, resolve } from 'node:path';
import { loadProjectFile, type Project } from '@jixiao/core';
import type { RegionInput, Unplaced } from '@jixiao/documents';
import type { CliIo } from '../cli-io.js';
import { CliError } from '../cli-error.js';
import { readerNotes, unplacedWarning } from '../format/unplaced-text.js';
import type { Reader } from './raw-project.js';
import { readDocument } from './read-document.js';
import { readJsonFile } from './read-json-file.js';

/** A project read from a file the user named. */
export interface ProjectInput {
  /** The path as the user wrote it, for messages. */
  readonly file: string;
  readonly project: Project;
  /** The project file's JSON value as read (before any --framework replacement), for `import`. */
  readonly json: unknown;
  /** What the reader of a report or sheet could not place; already printed as a warning. */
  readonly unplaced: readonly Unplaced[];
}

export interface ReadProjectOptions {
  /** A built-in framework id that replaces the file's `evaluation.framework`. */
  readonly framework?: string;
  /** 地区 for a report or sheet that does not name it (--region-code / --region-name). */
  readonly region?: RegionInput;
  /** 年度 for a report or sheet that does not state it (--fiscal-year). */
  readonly fiscalYear?: number;
}

/**
 * Every supported format becomes the project file's JSON value before it is validated and loaded,
 * so that every command reads every format. JSON keeps its own reader for the line-and-column
 * error locator; reports and sheets go through @jixiao/documents.
 */
const READERS: Readonly<Record<string, Reader>> = {
  '.json': readJsonFile,
  '.xlsx': readDocument,
  '.docx': readDocument,
  '.txt': readDocument,
};

const SUPPORTED = '请使用 .json 项目文件、.xlsx 自评表或 .txt / .docx 评价报告';

/**
 * Reads any supported input into a validated project and prints what a report or sheet could not
 * place as a warning on stderr; throws a {@link CliError} (exit 2) otherwise.
 */
export async function readProjectInput(given: string, io: Pick<CliIo, 'cwd' | 'stderr'>, options: ReadProjectOptions = {}): Promise<ProjectInput> {
  const extension = extname(given).toLowerCase();
  const reader = READERS[extension];
  if (!reader) {
    throw new CliError(extension === '' ? `无法判断 ${given} 的文件类型（没有扩展名），${SUPPORTED}` : `暂不支持 ${extension}，${SUPPORTED}`);
  }
  if ((options.region || options.fiscalYear !== undefined) && reader === readJsonFile) {
    throw new CliError('--region-code / --region-name / --fiscal-year 只用于评价报告和自评表：项目文件（.json）中的地区和年度写在 project.region、project.fiscalYear');
  }
  const { json, unplaced, notes } = await reader(resolve(io.cwd, given), given, {
    ...(options.region ? { region: options.region } : {}),
    ...(options.fiscalYear === undefined ? {} : { fiscalYear: options.fiscalYear }),
  });
  const result = loadProjectFile(options.framework === undefined ? json : withFramework(json, options.framework));
  if (!result.ok) {
    throw new CliError(
      `${given} 不符合项目文件格式（${result.issues.length} 处问题）：`,
      result.issues.map((issue) => `${issue.path}: ${issue.message}`),
      options.framework === undefined ? undefined : `已按 --framework ${options.framework} 替换文件中的评价体系；指标须属于该体系的一级、二级指标`,
    );
  }
  if (notes.length > 0) io.stderr(readerNotes(given, notes));
  if (unplaced.length > 0) io.stderr(unplacedWarning(given, unplaced));
  return { file: given, project: result.project, json, unplaced };
}

/** The file's JSON with its evaluation's framework replaced; anything else is left for the schema to judge. */
function withFramework(json: unknown, framework: string): unknown {
  if (!isRecord(json) || !isRecord(json['evaluation'])) return json;
  return { ...json, evaluation: { ...json['evaluation'], framework } };
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
