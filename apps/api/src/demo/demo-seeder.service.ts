import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { count, sql } from 'drizzle-orm';
import { hashPassword } from '../auth/password.js';
import { Clock } from '../common/clock.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { DB, type Db } from '../database/database.types.js';
import { chatUserLinks, evaluatorAssignments, projects, regions, units, users } from '../database/schema/index.js';
import { analyseProjectFile } from '../modules/analysis/project-analysis.js';
import { insertProjects, type NewProject, type ProjectOwner } from '../modules/projects/project-writer.js';
import { DEMO_REGIONS, DEMO_UNITS, SAMPLE_UNIT_NAME } from './changji-prefecture.js';
import { DEMO_CHAT_PLATFORM, DEMO_PASSWORD, DEMO_USERS } from './demo-users.js';
import { demoLifecycle } from './demo-lifecycle.js';
import { writeDemoLifecycles } from './demo-lifecycle-writer.js';
import { demoYears } from './demo-years.js';
import { demoProjects, type DemoDataOptions, type DemoProject } from './generate-demo-data.js';
import { setImmediate } from 'node:timers/promises';

/** The sample project (昌吉州 综治工作经费 2022) as transcribed and published by the core package. */
export const SAMPLE_PROJECT_PATH = createRequire(import.meta.url).resolve('@jixiao/core/examples/changji-zongzhi-2022.json');

/** Serialises the seeding of instances that start together on one empty PostgreSQL. */
const SEED_LOCK = 7_230_002;

/** Synthetic projects written per transaction (and held in memory at once). */
const BATCH = 1_000;

/** The evaluator demo user is assigned the sample and every tenth of the first fifty synthetic projects. */
const EVALUATOR_ASSIGNMENT_STEP = 10;
const EVALUATOR_ASSIGNMENT_SPAN = 50;

/**
 * Fills an empty database with the sample project, the synthetic set and the demo users on first
 * start. A database that has any project or user is left alone.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');

  constructor(
    @Inject(DB) private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // loadConfig never enables demo data in production; a hand-built configuration cannot either.
    if (!this.config.demo.enabled || this.config.production) return;
    const seeded = await seedDemoData(this.db, { projects: this.config.demo.projects, today: this.clock.today() });
    if (seeded) this.logger.log(`imported the sample project, ${seeded.projects} synthetic projects and ${DEMO_USERS.length} demo users`);
  }
}

/**
 * Seeds when the database is empty; answers what it wrote, or undefined when it did nothing. The
 * first transaction (under a lock) writes the reference data, the users, the sample and the first
 * batch, so the usual few hundred projects arrive atomically; larger sets follow batch by batch.
 */
export async function seedDemoData(db: Db, options: DemoDataOptions): Promise<{ projects: number } | undefined> {
  const sampleJson: unknown = JSON.parse(await readFile(SAMPLE_PROJECT_PATH, 'utf8'));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const generated = demoProjects(options);
  const years = demoYears(options.today);
  let seen = 0;
  // Writes a batch with each project's year (demo-lifecycle.ts), in the caller's transaction.
  const write = async (tx: Db, batch: readonly DemoProject[], owners: ReadonlyMap<string, ProjectOwner>): Promise<string[]> => {
    const items = await analyse(batch, owners);
    const ids = await insertProjects(tx, items);
    await writeDemoLifecycles(
      tx,
      batch.map((project, i) => {
        const index = seen + i;
        const year = years.find((y) => y.fiscalYear === project.file.project.fiscalYear) ?? years[2];
        const clean = !(items[i]?.analysis.report?.findings ?? []).some((f) => f.severity === 'error');
        return { projectId: ids[i] ?? '', owner: ownerOf(owners, project.unitName), unitName: project.unitName, lifecycle: demoLifecycle(index, year, options.today, clean) };
      }),
    );
    seen += batch.length;
    return ids;
  };
  const nextBatch = (): DemoProject[] => {
    const batch: DemoProject[] = [];
    for (let next = generated.next(); !next.done; next = generated.next()) {
      batch.push(next.value);
      if (batch.length === BATCH) break;
    }
    return batch;
  };

  const owners = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    const [existing] = await tx.select({ projects: count() }).from(projects);
    const [people] = await tx.select({ users: count() }).from(users);
    if ((existing?.projects ?? 0) > 0 || (people?.users ?? 0) > 0) return undefined;

    await tx.insert(regions).values([...DEMO_REGIONS]);
    const unitRows = await tx
      .insert(units)
      .values(DEMO_UNITS.map((u) => ({ name: u.name, regionCode: u.regionCode, supervisingDepartment: u.supervisingDepartment })))
      .returning({ id: units.id, name: units.name, regionCode: units.regionCode });
    const byName = new Map(unitRows.map((u) => [u.name, { unitId: u.id, regionCode: u.regionCode }]));

    const sample = analyseProjectFile(sampleJson);
    if (!sample.ok) throw new Error(`the sample project does not load: ${sample.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`);
    const [sampleId] = await insertProjects(tx, [{ analysis: sample.analysis, owner: ownerOf(byName, SAMPLE_UNIT_NAME), synthetic: false }]);
    const firstIds = await write(tx, nextBatch(), byName);

    const userRows = await tx
      .insert(users)
      .values(
        DEMO_USERS.map((u) => ({
          username: u.username,
          displayName: u.displayName,
          role: u.role,
          passwordHash,
          unitId: u.unitName ? ownerOf(byName, u.unitName).unitId : null,
          regionCode: u.regionCode ?? null,
        })),
      )
      .returning({ id: users.id, username: users.username });
    await tx.insert(chatUserLinks).values(userRows.map((u) => ({ platform: DEMO_CHAT_PLATFORM, platformUserId: u.username, userId: u.id })));
    const evaluator = userRows.find((u) => u.username === 'evaluator');
    const assigned = [sampleId, ...firstIds.filter((_, i) => i % EVALUATOR_ASSIGNMENT_STEP === 0 && i < EVALUATOR_ASSIGNMENT_SPAN)];
    if (evaluator) await tx.insert(evaluatorAssignments).values(assigned.flatMap((projectId) => (projectId ? [{ userId: evaluator.id, projectId }] : [])));
    return byName;
  });
  if (!owners) return undefined;

  for (let batch = nextBatch(); batch.length > 0; batch = nextBatch()) {
    // PGlite answers in microtasks: without a turn of the event loop between batches, a SIGTERM
    // would wait for the whole seed (bootstrap/shutdown.ts).
    await setImmediate();
    await db.transaction((tx) => write(tx, batch, owners));
  }
  return { projects: options.projects };
}

/** Analyses a batch with the core, giving the event loop a turn every hundred projects (signals). */
async function analyse(batch: readonly DemoProject[], owners: ReadonlyMap<string, ProjectOwner>): Promise<NewProject[]> {
  const items: NewProject[] = [];
  for (const project of batch) {
    if (items.length % 100 === 99) await setImmediate();
    const result = analyseProjectFile(project.file);
    if (!result.ok) throw new Error(`demo project ${project.file.project.code} does not load: ${result.issues[0]?.message}`);
    items.push({ analysis: result.analysis, owner: ownerOf(owners, project.unitName), synthetic: true });
  }
  return items;
}

function ownerOf(owners: ReadonlyMap<string, ProjectOwner>, unitName: string): ProjectOwner {
  const owner = owners.get(unitName);
  if (!owner) throw new Error(`demo unit ${unitName} missing`);
  return owner;
}
