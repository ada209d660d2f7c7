import { readFile, stat } from 'node:fs/promises';
import { CliError } from '../cli-error.js';

/**
 * The largest input read, in bytes: the same 20 MB as @jixiao/documents' DEFAULT_MAX_BYTES (a test
 * keeps them equal). Not imported from there: loading that package takes about a second, which
 * `jixiao score x.json` should not pay.
 */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/**
 * Reads a file the user named, refusing directories, empty and oversized files before reading them so a
 * stray disk image fails at once instead of filling memory. `shown` is the path as the user wrote it.
 */
export async function readInputBytes(path: string, shown: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new CliError(`${shown} 是一个目录，不是项目文件`);
    // Said the same way for every format, rather than as a JSON syntax error at line 1.
    if (info.size === 0) throw new CliError(`${shown} 是空的（0 字节）`);
    if (info.size > MAX_INPUT_BYTES) {
      throw new CliError(`${shown} 过大（${megabytes(info.size)}），上限为 ${megabytes(MAX_INPUT_BYTES)}；项目文件、自评表和评价报告通常不超过 1 MB`);
    }
    return await readFile(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(readFailure(error, shown));
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function readFailure(error: unknown, shown: string): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return `找不到文件 ${shown}`;
  if (code === 'EISDIR') return `${shown} 是一个目录，不是项目文件`;
  if (code === 'EACCES' || code === 'EPERM') return `没有读取 ${shown} 的权限`;
  return `无法读取 ${shown}：${error instanceof Error ? error.message : String(error)}`;
}
