import { Inject, Injectable } from '@nestjs/common';
import { eq, sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/request-context.js';
import { ApiError, ApiErrorCode } from '../../common/errors/api-error.js';
import { requireStorableText } from '../../common/validation/storable-text.js';
import { optionalText, requireFiscalYear, requireText } from '../../common/validation/text.js';
import { providedEntry } from '../../common/utils/defined-entry.util.js';
import { DB, type Db } from '../../database/database.types.js';
import { projects } from '../../database/schema/index.js';
import { analyseProjectFile } from '../analysis/project-analysis.js';
import type { CreateProjectInput, GoalsInput, UpdateProjectInput } from './dto/project.input.js';
import type { Project } from './models/project.model.js';
import { ProjectChangeService } from './project-change.service.js';
import { resolveCreateOwner, resolveImportOwner } from './project-owner.js';
import { ProjectQueryService } from './project-query.service.js';
import { insertProjects, refreshProject } from './project-writer.js';
import { contentHash } from '../history/content-hash.js';
import { diffFields } from '../history/field-diff.js';
import { assertNotDuplicate, DuplicateImport } from './import-duplicates.js';
import { appendChange } from '../history/history-writer.js';
import { historyFields, type DerivedScores } from '../history/project-history-fields.js';
import type { ProjectAggregate } from './project-aggregate.js';
import { loadProjectAggregates } from './project-aggregate.repository.js';

const NAME_MAX = 200;
const TEXT_MAX = 2_000;
/** A project file as text; the HTTP body limit bounds it as well. */
const FILE_MAX = 1_500_000;

@Injectable()
export class ProjectMutationService {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly changes: ProjectChangeService,
    private readonly query: ProjectQueryService,
  ) {}

  async create(ctx: RequestContext, input: CreateProjectInput): Promise<Project> {
    const name = requireText('input.name', input.name, NAME_MAX, '项目名称');
    const fiscalYear = requireFiscalYear('input.fiscalYear', input.fiscalYear);
    const goals = validGoals(input.goals);
    const id = await this.db.transaction(async (tx) => {
      const owner = await resolveCreateOwner(tx, ctx, input.unitId);
      const [row] = await tx
        .insert(projects)
        .values({
          ...owner,
          name,
          fiscalYear,
          code: optionalText('input.code', input.code, NAME_MAX, '项目编码') ?? null,
          supervisingDepartment: optionalText('input.supervisingDepartment', input.supervisingDepartment, NAME_MAX, '主管部门') ?? null,
          fundingDocument: optionalText('input.fundingDocument', input.fundingDocument, NAME_MAX, '资金文件') ?? null,
          goalOverall: goals?.overall ?? null,
          goalPhases: goals?.phases ?? [],
        })
        .returning({ id: projects.id });
      if (!row) throw new Error('project insert returned nothing');
      const refreshed = await refreshProject(tx, row.id);
      await recordCreation(tx, ctx, 'createProject', refreshed.aggregate, refreshed.scores);
      return row.id;
    });
    return this.found(ctx, id);
  }

  update(ctx: RequestContext, id: string, expectedVersion: number, input: UpdateProjectInput): Promise<Project> {
    const goals = validGoals(input.goals);
    const changes: Partial<typeof projects.$inferInsert> = {
      ...(input.name === undefined ? {} : { name: requireText('input.name', input.name, NAME_MAX, '项目名称') }),
      ...providedEntry('code', optionalText('input.code', input.code, NAME_MAX, '项目编码')),
      ...providedEntry('supervisingDepartment', optionalText('input.supervisingDepartment', input.supervisingDepartment, NAME_MAX, '主管部门')),
      ...providedEntry('fundingDocument', optionalText('input.fundingDocument', input.fundingDocument, NAME_MAX, '资金文件')),
      ...(goals === undefined ? {} : { goalOverall: goals.overall ?? null, goalPhases: goals.phases ?? [] }),
    };
    return this.changes.change(ctx, id, { action: 'edit', operation: 'updateProject', expectedVersion }, async (tx) => {
      if (Object.keys(changes).length > 0) await tx.update(projects).set({ ...changes, updatedAt: sql`now()` }).where(eq(projects.id, id));
    });
  }

  /** Imports one project file (the JSON format of @jixiao/core) as a new project. */
  async import(ctx: RequestContext, text: string, onDuplicate: DuplicateImport = DuplicateImport.REFUSE): Promise<Project> {
    if (text.length > FILE_MAX) throw ApiError.badInput('file', 'tooLarge', '项目文件过大');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw ApiError.badInput('file', 'notJson', `项目文件不是有效的 JSON：${(error as Error).message}`);
    }
    // JSON escapes can carry what the GraphQL string could not (\u0000), for jsonb columns to reject.
    requireStorableText('file', json);
    const result = analyseProjectFile(json);
    if (!result.ok) {
      const first = result.issues[0];
      throw new ApiError(ApiErrorCode.InvalidProjectFile, `项目文件有 ${result.issues.length} 处错误，第一处：${first?.path} ${first?.message}`, {
        ...(first ? { field: first.path } : {}),
        reason: 'schema',
        issues: result.issues,
      });
    }
    const id = await this.db.transaction(async (tx) => {
      const { file } = result.analysis;
      const owner = await resolveImportOwner(tx, ctx, file);
      const importHash = contentHash(file);
      if (onDuplicate === DuplicateImport.REFUSE) {
        await assertNotDuplicate(tx, { owner, importHash, name: file.project.name, fiscalYear: file.project.fiscalYear });
      }
      const [created] = await insertProjects(tx, [{ analysis: result.analysis, owner, synthetic: false, importHash }]);
      if (!created) throw new Error('import wrote no project');
      const aggregate = (await loadProjectAggregates(tx, [created])).get(created);
      if (!aggregate) throw new Error('imported project vanished in its transaction');
      await recordCreation(tx, ctx, 'importProject', aggregate, aggregate.project);
      return created;
    });
    return this.found(ctx, id);
  }

  private async found(ctx: RequestContext, id: string): Promise<Project> {
    const project = await this.query.byId(ctx, id);
    if (!project) throw ApiError.notFound('项目');
    return project;
  }
}

/** A new project's first history row: every field it starts with (version 1). */
async function recordCreation(
  tx: Db,
  ctx: RequestContext,
  operation: 'createProject' | 'importProject',
  aggregate: ProjectAggregate,
  scores: DerivedScores,
): Promise<void> {
  const fields = diffFields(new Map(), historyFields(aggregate, scores));
  await appendChange(tx, { projectId: aggregate.project.id, version: aggregate.project.version, operation, actor: ctx.requireUser, fields });
}

function validGoals(goals: GoalsInput | undefined): { overall?: string | null; phases?: string[] } | undefined {
  if (!goals) return undefined;
  const overall = optionalText('input.goals.overall', goals.overall, TEXT_MAX, '总体目标');
  const phases = goals.phases?.map((phase, i) => requireText(`input.goals.phases[${i}]`, phase, TEXT_MAX, '阶段性目标'));
  return { ...(overall === undefined ? {} : { overall }), ...(phases === undefined ? {} : { phases }) };
}
