import { spawn } from 'node:child_process';

/** A program run from the CLI, with the terminal handed over (stdio inherited). */
export interface ChildCommand {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
}

/** How it ended: its exit code, or the signal that stopped it (code null). */
export interface ChildExit {
  readonly code: number | null;
  readonly signal: string | null;
}

/** Runs a child to its end; rejects only when it cannot be started (e.g. the program is not installed). Injected in tests. */
export type Spawner = (child: ChildCommand) => Promise<ChildExit>;

/**
 * The real spawner: stdio inherited so the child's progress bar draws on the user's terminal, and
 * the environment passed on as is (DATABASE_URL decides where the API writes).
 */
export const inheritStdioSpawner: Spawner = (child) =>
  new Promise((resolve, reject) => {
    // pnpm is a .cmd script on Windows, which Node only starts through a shell.
    const childProcess = spawn(child.command, [...child.args], { cwd: child.cwd, stdio: 'inherit', env: process.env, shell: process.platform === 'win32' });
    childProcess.once('error', reject);
    childProcess.once('close', (code, signal) => resolve({ code, signal }));
  });
