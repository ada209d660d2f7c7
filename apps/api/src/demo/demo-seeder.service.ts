import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import { count, sql } from 'drizzle-orm';
import { hashPassword } from '../auth/password.js';
import { API_ROOT, type AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { DB, type Db } from '../database/database.types.js';
import { chatUserLinks, evaluatorAssignments, projects, regions, units, users } from '../database/schema/index.js';
import { analyseProjectFile } from '../modules/analysis/project-analysis.js';
import { insertProjects, type NewProject } from '../modules/projects/project-writer.js';
import { SAMPLE_UNIT_NAME } from './changji-prefecture.js';
import { DEMO_CHAT_PLATFORM, DEMO_PASSWORD, DEMO_USERS } from './demo-users.js';
import { generateDemoData, type DemoDataOptions } from './generate-demo-data.js';

/** The sample project (昌吉州 综治工作经费 2022) as transcribed by the core. */
export const SAMPLE_PROJECT_PATH = `${API_ROOT}../../packages/core/examples/changji-zongzhi-2022.json`;

/** Serialises the seeding of instances that start together on one empty PostgreSQL. */
const SEED_LOCK = 7_230_002;

/** How many projects the evaluator demo user is assigned besides the sample. */
const EVALUATOR_ASSIGNMENTS = 5;

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
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demo.enabled) return;
    const seeded = await seedDemoData(this.db, { projects: this.config.demo.projects });
    if (seeded) this.logger.log(`imported the sample project, ${seeded.projects} synthetic projects and ${DEMO_USERS.length} demo users`);
  }
}

/** Seeds when the database is empty; answers what it wrote, or undefined when it did nothing. */
export async function seedDemoData(db: Db, options: DemoDataOptions): Promise<{ projects: number } | undefined> {
  const sampleJson: unknown = JSON.parse(await readFile(SAMPLE_PROJECT_PATH, 'utf8'));
  const data = generateDemoData(options);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    const [existing] = await tx.select({ projects: count() }).from(projects);
    const [people] = await tx.select({ users: count() }).from(users);
    if ((existing?.projects ?? 0) > 0 || (people?.users ?? 0) > 0) return undefined;

    await tx.insert(regions).values([...data.regions]);
    const unitRows = await tx
      .insert(units)
      .values(data.units.map((u) => ({ name: u.name, regionCode: u.regionCode, supervisingDepartment: u.supervisingDepartment })))
      .returning({ id: units.id, name: units.name, regionCode: units.regionCode });
    const unitByName = new Map(unitRows.map((u) => [u.name, u]));
    const ownerOf = (unitName: string) => {
      const unit = unitByName.get(unitName);
      if (!unit) throw new Error(`demo unit ${unitName} missing`);
      return { unitId: unit.id, regionCode: unit.regionCode };
    };

    const sample = analyseProjectFile(sampleJson);
    if (!sample.ok) throw new Error(`the sample project does not load: ${sample.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`);
    const items: NewProject[] = [{ analysis: sample.analysis, owner: ownerOf(SAMPLE_UNIT_NAME), synthetic: false }];
    for (const project of data.projects) {
      const result = analyseProjectFile(project.file);
      if (!result.ok) throw new Error(`demo project ${project.file.project.code} does not load: ${result.issues[0]?.message}`);
      items.push({ analysis: result.analysis, owner: ownerOf(project.unitName), synthetic: true });
    }
    const projectIds = await insertProjects(tx, items);

    const userRows = await tx
      .insert(users)
      .values(
        DEMO_USERS.map((u) => ({
          username: u.username,
          displayName: u.displayName,
          role: u.role,
          passwordHash,
          unitId: u.unitName ? ownerOf(u.unitName).unitId : null,
          regionCode: u.regionCode ?? null,
        })),
      )
      .returning({ id: users.id, username: users.username, role: users.role });
    await tx.insert(chatUserLinks).values(userRows.map((u) => ({ platform: DEMO_CHAT_PLATFORM, platformUserId: u.username, userId: u.id })));
    const evaluator = userRows.find((u) => u.username === 'evaluator');
    if (evaluator) {
      // The sample plus every tenth synthetic project: a realistic, small assignment.
      const assigned = projectIds.filter((_, i) => i === 0 || (i % 10 === 1 && i <= EVALUATOR_ASSIGNMENTS * 10));
      await tx.insert(evaluatorAssignments).values(assigned.map((projectId) => ({ userId: evaluator.id, projectId })));
    }
    return { projects: data.projects.length };
  });
}
