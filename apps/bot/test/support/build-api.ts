import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { API_MAIN } from './api-process.js';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * vitest global setup (and the bench): the end-to-end tests run the built API (apps/api/dist), so it is built
 * first through turbo, which answers from its cache when nothing changed. The bot does not depend on the API
 * package, so `turbo test` alone would not build it. When the API does not build (its own work in progress),
 * an existing build is used with a warning: the API's failure is reported by the API's own checks.
 */
export default function buildApi(): void {
  try {
    execFileSync('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@jixiao/api...', '--output-logs=errors-only'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'ignore', 'ignore'],
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
    });
  } catch (error) {
    if (!existsSync(API_MAIN)) throw error;
    process.stderr.write(`warning: the API did not build; using the existing ${API_MAIN}\n`);
  }
}
