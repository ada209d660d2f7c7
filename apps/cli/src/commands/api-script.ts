import { access } from 'node:fs/promises';
import { CliError } from '../cli-error.js';
import type { ChildCommand, ChildExit, Spawner } from '../process/spawner.js';
import { REPO_ROOT } from '../repo-root.js';

/**
 * Commands that write the API's database (`demo-data`, `admin`) run the API's own scripts, so the
 * connection, migrations and rules are the API's and nothing is duplicated here: first a build of
 * the API (turbo, fast when up to date), then `pnpm --filter @jixiao/api run <script>` with the
 * terminal handed over (progress bars, password prompts).
 */
export const API_BUILD: ChildCommand = {
  command: 'pnpm',
  args: ['exec', 'turbo', 'run', 'build', '--filter=@jixiao/api...', '--output-logs=errors-only'],
  cwd: REPO_ROOT,
};

export function apiScript(script: string, args: readonly string[]): ChildCommand {
  return { command: 'pnpm', args: ['--filter', '@jixiao/api', 'run', script, ...args], cwd: REPO_ROOT };
}

/** The API owns the database; a CLI copied out of the repository has none to run. */
export async function requireApi(command: string): Promise<void> {
  try {
    await access(`${REPO_ROOT}apps/api/package.json`);
  } catch {
    throw new CliError(`${command} 须在 Jixiao 源码仓库中运行：未找到 ${REPO_ROOT}apps/api`);
  }
}

/** Runs one step; a failure names the step and the command, and `hint` says what to check. */
export async function runApiStep(spawner: Spawner, what: string, child: ChildCommand, hint: string): Promise<void> {
  let exit: ChildExit;
  try {
    exit = await spawner(child);
  } catch (error) {
    throw new CliError(`无法运行 ${child.command}：${error instanceof Error ? error.message : String(error)}`, [], '请确认已安装 pnpm 并在 PATH 中');
  }
  if (exit.code === 0) return;
  const how = exit.code === null ? `被信号 ${exit.signal ?? '未知'} 终止` : `退出码 ${exit.code}`;
  throw new CliError(`${what}失败（${how}）：${[child.command, ...child.args].join(' ')}`, [], hint);
}
