import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { Clock } from '../common/clock.js';
import { DEFAULT_DEMO_PROJECTS, loadConfig } from '../config/app-config.js';
import { connectDatabase } from '../database/connect.js';
import { seedDemoData } from '../demo/demo-seeder.service.js';
import { DEFAULT_DEMO_SEED } from '../demo/generate-demo-data.js';

/**
 * `pnpm --filter @jixiao/api demo-data --projects N [--seed S] [--reset]`: writes the demo set
 * (sample, synthetic projects, demo users) into the configured database — PGlite in apps/api/data,
 * or PostgreSQL with DATABASE_URL — with a progress bar. The database must be empty, or emptied
 * with --reset. Used for larger sets than the first start's, e.g. 100,000 projects for `pnpm bench`.
 */
const { values } = parseArgs({
  options: {
    projects: { type: 'string', default: String(DEFAULT_DEMO_PROJECTS) },
    seed: { type: 'string', default: String(DEFAULT_DEMO_SEED) },
    reset: { type: 'boolean', default: false },
  },
});
const projects = Number(values.projects);
const seed = Number(values.seed);
if (!Number.isInteger(projects) || projects < 0 || !Number.isInteger(seed)) {
  console.error('usage: demo-data --projects <count> [--seed <integer>] [--reset]');
  process.exit(2);
}

const config = loadConfig();
if (config.production) {
  console.error('demo-data is refused when NODE_ENV=production: demo users share a published password');
  process.exit(2);
}
const connection = await connectDatabase(config.database);
try {
  if (values.reset) {
    await connection.db.execute(sql`truncate regions, units, users, projects, budget_lines, payments, expenses, indicators,
      evaluations, evaluator_assignments, chat_user_links, processed_webhook_events, unit_year_totals, unit_year_alert_buckets, unit_year_indicator_buckets, unit_year_monthly_spending cascade`);
  }
  const started = Date.now();
  const result = await seedDemoData(connection.db, { projects, seed, today: new Clock(config).today(), onProgress: drawProgress });
  process.stderr.write('\n');
  if (!result) {
    console.error('the database already has data: pass --reset to replace it');
    process.exitCode = 1;
  } else {
    console.log(`wrote the sample and ${result.projects} synthetic projects in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  await connection.close();
}

function drawProgress(done: number, total: number): void {
  const width = 30;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${percent}% ${done}/${total}`);
}
