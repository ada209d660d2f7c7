import type { DocumentReadErrorCode } from '@jixiao/documents';
import { CliError } from '../cli-error.js';
import type { RawProject, ReaderOptions } from './raw-project.js';
import { readInputBytes } from './read-input-bytes.js';

/** What to do next, for the failures a command-line user can fix with an option. */
const HINTS: Partial<Record<DocumentReadErrorCode, string>> = {
  regionRequired: '用 --region-code <6 位行政区划代码> --region-name <名称> 指定，如 --region-code 652300 --region-name 昌吉回族自治州',
};

/** A 自评表 (.xlsx) or an evaluation report (.txt, .docx), read by @jixiao/documents into the project file. */
export async function readDocument(path: string, shown: string, options: ReaderOptions): Promise<RawProject> {
  const bytes = await readInputBytes(path, shown);
  // Loaded on demand: the documents package (Excel, Word, charts) takes about a second to import.
  const { readProjectInput } = await import('@jixiao/documents');
  const result = await readProjectInput(bytes, shown, options.region ? { region: options.region } : {});
  if (!result.ok) throw new CliError(result.error.message, [], HINTS[result.error.code]);
  return { json: result.file, unplaced: result.unplaced };
}
