import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const API_ROOT = fileURLToPath(new URL('../../api/', import.meta.url));
/** Kept between runs: writing 100,000 projects into PGlite takes many minutes, reading them back seconds. */
const CACHE = fileURLToPath(new URL('../node_modules/.cache/jixiao-bot-bench/', import.meta.url));

/**
 * A PGlite folder holding the demo data with `projects` synthetic projects, written once by the API's own
 * `demo-data` script (with its progress bar) and reused by later runs.
 */
export function benchDataDir(projects: number): string {
  const dir = `${CACHE}pglite-${projects}`;
  if (existsSync(`${dir}/PG_VERSION`)) return dir;
  console.log(`bot bench: writing the demo data with ${projects} synthetic projects into ${dir} (once; later runs reuse it)…`);
  const result = spawnSync(process.execPath, [`${API_ROOT}dist/scripts/demo-data.js`, '--projects', String(projects), '--reset'], {
    cwd: API_ROOT,
    env: { ...process.env, PGLITE_DATA_DIR: dir },
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`demo-data failed with exit code ${String(result.status)}`);
  return dir;
}
