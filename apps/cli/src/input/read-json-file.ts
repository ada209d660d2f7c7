import { CliError } from '../cli-error.js';
import { displayWidth } from '../render/display-width.js';
import { readInputBytes } from './read-input-bytes.js';
import { locateJsonError } from './locate-json-error.js';
import type { RawProject } from './raw-project.js';

/** Lines longer than this are not quoted under a syntax error: the caret would be lost anyway. */
const MAX_QUOTED_LINE = 120;

/**
 * Reads and parses a JSON file. `shown` is the path as the user wrote it, used in messages.
 * Throws a {@link CliError} naming the file and, for invalid JSON, the line and column.
 */
export async function readJsonFile(path: string, shown: string): Promise<RawProject> {
  // TextDecoder drops a leading byte-order mark: Windows Notepad saves one and JSON.parse rejects it.
  const source = new TextDecoder().decode(await readInputBytes(path, shown));
  try {
    // A project file is the project as written: nothing in it is left unplaced.
    return { json: JSON.parse(source) as unknown, unplaced: [], notes: [] };
  } catch {
    const problem = locateJsonError(source);
    if (!problem) throw new CliError(`${shown} 不是有效的 JSON`);
    return failAt(shown, source, problem.line, problem.column, problem.reason);
  }
}

function failAt(shown: string, source: string, line: number, column: number, reason: string): never {
  const lineText = (source.split('\n')[line - 1] ?? '').replace(/\r$/, '').replaceAll('\t', ' ');
  const prefix = `第 ${line} 行 | `;
  const quote =
    displayWidth(lineText) <= MAX_QUOTED_LINE
      ? [`${prefix}${lineText}`, `${' '.repeat(displayWidth(prefix) + displayWidth([...lineText].slice(0, column - 1).join('')))}^`]
      : [];
  throw new CliError(`${shown} 不是有效的 JSON：第 ${line} 行第 ${column} 列，${reason}`, quote);
}
