import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** apps/api/dist/main.js: the API runs as its own process, the way the bot meets it in production. */
export const API_MAIN = fileURLToPath(new URL('../../../api/dist/main.js', import.meta.url));
export const TEST_SERVICE_TOKEN = 'bot-e2e-service-token';

export interface ApiProcess {
  /** e.g. http://127.0.0.1:41234/graphql */
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

export interface ApiProcessOptions {
  /** Synthetic demo projects besides the sample (the API's DEMO_PROJECTS). */
  readonly demoProjects?: number;
  /** A PGlite folder to reuse; a fresh temporary one (removed on stop) when absent. */
  readonly dataDir?: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly startTimeoutMs?: number;
}

/**
 * Starts `node apps/api/dist/main.js` on a free loopback port with PGlite and the demo data, waits until it
 * prints its GraphQL address, and stops it by its PID. Apps do not import each other's sources, so the bot's
 * end-to-end tests meet the API over HTTP only.
 */
export async function startApiProcess(options: ApiProcessOptions = {}): Promise<ApiProcess> {
  const temporary = options.dataDir === undefined ? await mkdtemp(join(tmpdir(), 'jixiao-bot-e2e-')) : undefined;
  const dataDir = options.dataDir ?? join(temporary ?? '', 'pglite');
  const child = spawn(process.execPath, [API_MAIN], {
    env: {
      PATH: process.env['PATH'] ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      PGLITE_DATA_DIR: dataDir,
      BOT_SERVICE_TOKEN: TEST_SERVICE_TOKEN,
      JWT_SECRET: 'bot-e2e-jwt-secret-bot-e2e-jwt-secret',
      // The demo's 2023 projects are in progress at 30 September (as in the API's own tests).
      JIXIAO_TODAY: '2023-09-30',
      DEMO_PROJECTS: String(options.demoProjects ?? 40),
      DASHBOARD_DIST: '/nonexistent',
      LOGIN_RATE_LIMIT: '1000',
      NO_COLOR: '1',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('the API process did not start');
  const stop = async () => {
    await stopChild(child);
    if (temporary !== undefined) await rm(temporary, { recursive: true, force: true });
  };
  try {
    const url = await announcedUrl(child, options.startTimeoutMs ?? 120_000);
    return { url, pid, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The API logs "GraphQL at http://…/graphql" once it listens. */
function announcedUrl(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the API did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      // eslint-disable-next-line no-control-regex -- Nest colours its log lines even when piped
      const match = /GraphQL at (http:\/\/\S+\/graphql)/.exec(output.replace(/\u001b\[[0-9;]*m/g, ''));
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        child.stdout?.off('data', read);
        child.stdout?.resume();
        child.stderr?.resume();
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the API exited with ${String(code)} before it listened:\n${output}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
