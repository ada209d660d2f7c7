import { readFile } from 'node:fs/promises';
import { CliError } from '../cli-error.js';
import { displayWidth } from '../render/display-width.js';
import { locateJsonError } from './locate-json-error.js';

/** Lines longer than this are not quoted under a syntax error: the caret would be lost anyway. */
const MAX_QUOTED_LINE = 120;

/**
 * Reads and parses a JSON file. `shown` is the path as the user wrote it, used in messages.
 * Throws a {@link CliError} naming the file and, for invalid JSON, the line and column.
 */
export async function readJsonFile(path: string, shown: string): Promise<unknown> {
  const text = await readText(path, shown);
  // Windows Notepad saves UTF-8 with a byte-order mark, which JSON.parse rejects.
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return JSON.parse(source) as unknown;
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

async function readText(path: string, shown: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(readFailure(error, shown));
  }
}

function readFailure(error: unknown, shown: string): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return `找不到文件 ${shown}`;
  if (code === 'EISDIR') return `${shown} 是一个目录，不是项目文件`;
  if (code === 'EACCES' || code === 'EPERM') return `没有读取 ${shown} 的权限`;
  return `无法读取 ${shown}：${error instanceof Error ? error.message : String(error)}`;
}
