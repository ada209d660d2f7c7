import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliIo } from '../cli-io.js';
import { CliError } from '../cli-error.js';

/**
 * Writes a file the user named with --out / --xlsx / --docx, resolved where they typed the command.
 * A write failure is the user's to fix (exit 2), e.g. a missing folder.
 */
export async function writeOutputFile(io: Pick<CliIo, 'cwd'>, given: string, content: string | Uint8Array): Promise<void> {
  const path = resolve(io.cwd, given);
  try {
    await writeFile(path, content);
  } catch (error) {
    throw new CliError(`无法写入 ${given}：${error instanceof Error ? error.message : String(error)}`);
  }
}
