import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** apps/dashboard */
export const DASHBOARD_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const REPO_ROOT = join(DASHBOARD_ROOT, '../..');
const API_ROOT = join(REPO_ROOT, 'apps/api');

export interface RunningApi {
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with ${result.status ?? result.signal}`);
}

/** Builds the API (and what it depends on) and the dashboard it serves at `/`. */
export function buildAll(): void {
  run('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@jixiao/api...', '--output-logs=errors-only'], REPO_ROOT);
  run('pnpm', ['exec', 'vite', 'build', '--logLevel', 'warn'], DASHBOARD_ROOT);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode} before answering`);
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the API did not answer at ${url} within ${timeoutMs} ms`);
}

export interface StartOptions {
  /** Synthetic demo projects to create on first start (the API's default is a few hundred). */
  readonly demoProjects?: number;
  readonly readyTimeoutMs?: number;
  /** Reuse a data folder (already seeded) instead of a fresh temporary one. */
  readonly dataDir?: string;
}

/**
 * Boots the built API as a plain `node` process (no `pnpm` wrapper, whose `sh -c` child would
 * outlive a kill) on a free loopback port, over a fresh PGlite folder that it seeds with the demo
 * data; stopped by its PID.
 */
export async function startApi({ demoProjects, readyTimeoutMs = 600_000, dataDir }: StartOptions = {}): Promise<RunningApi> {
  const port = await freePort();
  const ownDir = dataDir ? undefined : mkdtempSync(join(tmpdir(), 'jixiao-e2e-'));
  const child = spawn(process.execPath, ['--enable-source-maps', 'dist/main.js'], {
    cwd: API_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      PGLITE_DATA_DIR: dataDir ?? join(ownDir ?? '', 'pglite'),
      DASHBOARD_DIST: join(DASHBOARD_ROOT, 'dist'),
      // Many sign-ins in a row from one address: the login limit is for people, not test suites.
      LOGIN_RATE_LIMIT: '1000',
      ...(demoProjects === undefined ? {} : { DEMO_PROJECTS: String(demoProjects) }),
    },
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    const running = () => child.exitCode === null && child.signalCode === null;
    if (running() && child.pid !== undefined) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      // The API's shutdown hooks can hang on an open database: do not wait for ever.
      if (running()) child.kill('SIGKILL');
    }
    if (ownDir) rmSync(ownDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(url, child, readyTimeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid: child.pid ?? -1, stop };
}
