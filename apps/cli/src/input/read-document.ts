import { CliError } from '../cli-error.js';
import type { RawProject, ReaderOptions } from './raw-project.js';
import { readInputBytes } from './read-input-bytes.js';

/** A 自评表 (.xlsx) or an evaluation report (.txt, .docx), read by @jixiao/documents into the project file. */
export async function readDocument(path: string, shown: string, options: ReaderOptions): Promise<RawProject> {
  const bytes = await readInputBytes(path, shown);
  // Loaded on demand: the documents package (Excel, Word, charts) takes about a second to import.
  const { readProjectInput } = await import('@jixiao/documents');
  const result = await readProjectInput(bytes, shown, {
    ...(options.region ? { region: options.region } : {}),
    ...(options.fiscalYear === undefined ? {} : { fiscalYear: options.fiscalYear }),
  });
  if (!result.ok) throw new CliError(result.error.message);
  return { json: result.file, unplaced: result.unplaced, notes: result.notes };
}
