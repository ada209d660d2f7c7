import { fileURLToPath } from 'node:url';
import type { CliIo } from '../src/cli-io.js';
import type { Command } from '../src/commands/command.js';
import { COMMANDS } from '../src/commands/index.js';
import { run } from '../src/run.js';

/** The repository root, so that tests name files as a user at the root would. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export const SAMPLE = 'packages/core/examples/changji-zongzhi-2022.json';

/** The sample's evaluation report as published; the shared folder sits beside the repository on every machine, CI included. */
export const SEED_REPORT = '../shared/domain/seed-report-changji-zongzhi-2022.txt';

export const fixture = (name: string) => `apps/cli/test/fixtures/${name}`;

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `jixiao <argv>` in-process from the repository root and captures what it printed. */
export async function runCli(argv: readonly string[], cwd: string = REPO_ROOT, commands: readonly Command[] = COMMANDS): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd,
    debug: false,
  };
  const code = await run(argv, io, commands);
  return { code, stdout, stderr };
}

/** `--json` output parsed, failing the test on anything but one JSON document. */
export async function runCliJson(argv: readonly string[]): Promise<{ code: number; json: unknown }> {
  const result = await runCli(argv);
  return { code: result.code, json: JSON.parse(result.stdout) as unknown };
}
