import { registerEnumType } from '@nestjs/graphql';
import { and, eq, or } from 'drizzle-orm';
import { ApiError, ApiErrorCode } from '../../common/errors/api-error.js';
import type { Db } from '../../database/database.types.js';
import { projects, units } from '../../database/schema/index.js';
import type { ProjectOwner } from './project-writer.js';

/** What importProject does when the file repeats a stored project. */
export enum DuplicateImport {
  /** Answer DUPLICATE naming the stored project, create nothing (the default). */
  REFUSE = 'REFUSE',
  /** Create a second project all the same (the caller confirmed it is a different one). */
  CREATE_NEW = 'CREATE_NEW',
}
registerEnumType(DuplicateImport, {
  name: 'DuplicateImport',
  description: 'REFUSE (default): answer DUPLICATE naming the stored project; CREATE_NEW: the caller confirmed a second project.',
});

export interface ImportIdentity {
  readonly owner: ProjectOwner;
  readonly importHash: string;
  readonly name: string;
  readonly fiscalYear: number;
}

/** A stored project an import would repeat, and why, in the words the API answers with. */
export interface DuplicateProject {
  readonly reason: 'sameContent' | 'sameNameAndYear';
  readonly message: string;
  readonly existingProject: { readonly id: string; readonly name: string; readonly unitName: string; readonly fiscalYear: number };
}

/**
 * The project of the same unit an import would repeat: the same file content (hash of its
 * canonical JSON), or the same name and fiscal year. Only the importing unit's projects are
 * compared, so the answer never tells of projects the caller may not read.
 */
export async function findDuplicate(db: Db, identity: ImportIdentity): Promise<DuplicateProject | undefined> {
  const [existing] = await db
    .select({ id: projects.id, name: projects.name, fiscalYear: projects.fiscalYear, importHash: projects.importHash, unitName: units.name })
    .from(projects)
    .innerJoin(units, eq(units.id, projects.unitId))
    .where(
      and(
        eq(projects.unitId, identity.owner.unitId),
        or(eq(projects.importHash, identity.importHash), and(eq(projects.name, identity.name), eq(projects.fiscalYear, identity.fiscalYear))),
      ),
    )
    .limit(1);
  if (!existing) return undefined;
  const sameContent = existing.importHash === identity.importHash;
  const what = sameContent ? '该文件已经导入过' : '本单位同一年度已有同名项目';
  return {
    reason: sameContent ? 'sameContent' : 'sameNameAndYear',
    message: `${what}：${existing.unitName}“${existing.name}”（${existing.fiscalYear}年度）。确认要再建一个项目时请选择“仍然新建”`,
    existingProject: { id: existing.id, name: existing.name, unitName: existing.unitName, fiscalYear: existing.fiscalYear },
  };
}

/** Refuses an import that repeats a project of the unit (DUPLICATE, naming it). */
export async function assertNotDuplicate(db: Db, identity: ImportIdentity): Promise<void> {
  const duplicate = await findDuplicate(db, identity);
  if (duplicate) throw new ApiError(ApiErrorCode.Duplicate, duplicate.message, { reason: duplicate.reason, existingProject: duplicate.existingProject });
}
