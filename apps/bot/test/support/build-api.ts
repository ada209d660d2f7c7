import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * vitest global setup: the end-to-end tests run the built API (apps/api/dist), so it is built first through
 * turbo, which answers from its cache when nothing changed. The bot does not depend on the API package, so
 * `turbo test` alone would not build it.
 */
export default function buildApi(): void {
  execFileSync('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@jixiao/api...', '--output-logs=errors-only'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  });
}
