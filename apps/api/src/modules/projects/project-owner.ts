import { eq } from 'drizzle-orm';
import type { StoredProjectFile } from '@jixiao/core';
import type { RequestContext } from '../../auth/request-context.js';
import { Role } from '../../auth/role.js';
import { ApiError } from '../../common/errors/api-error.js';
import { requireId } from '../../common/validation/ids.js';
import type { Db } from '../../database/database.types.js';
import { regions, units } from '../../database/schema/index.js';
import type { ProjectOwner } from './project-writer.js';

/**
 * The unit an imported project file belongs to. Unit staff may import only their own unit's
 * projects; an admin's import finds the unit by name and region, creating both when new.
 */
export async function resolveImportOwner(db: Db, ctx: RequestContext, file: StoredProjectFile): Promise<ProjectOwner> {
  const user = ctx.requireUser;
  const { unit, region } = file.project;
  if (user.role === Role.unitStaff) {
    const [own] = user.unitId ? await db.select().from(units).where(eq(units.id, user.unitId)) : [];
    if (!own) throw ApiError.forbidden('当前用户未关联单位');
    if (own.name !== unit.name) throw ApiError.forbidden(`只能导入本单位（${own.name}）的项目，文件中的单位为“${unit.name}”`);
    assertRegion(own.regionCode, region.code);
    return { unitId: own.id, regionCode: own.regionCode };
  }
  const [existing] = await db.select().from(units).where(eq(units.name, unit.name));
  if (existing) {
    assertRegion(existing.regionCode, region.code);
    return { unitId: existing.id, regionCode: existing.regionCode };
  }
  await db.insert(regions).values(regionRow(region.code, region.name)).onConflictDoNothing();
  const [created] = await db
    .insert(units)
    .values({ name: unit.name, code: unit.code ?? null, regionCode: region.code })
    .returning({ id: units.id });
  if (!created) throw new Error('unit insert returned nothing');
  return { unitId: created.id, regionCode: region.code };
}

/** The unit of a new project: staff create in their own unit; admins name one. */
export async function resolveCreateOwner(db: Db, ctx: RequestContext, unitId: string | undefined): Promise<ProjectOwner> {
  const user = ctx.requireUser;
  const id = user.role === Role.unitStaff ? user.unitId : unitId;
  if (user.role === Role.unitStaff && unitId !== undefined && unitId !== user.unitId) throw ApiError.forbidden('只能在本单位创建项目');
  if (!id) throw ApiError.badInput('input.unitId', 'required', '请选择实施单位');
  const [unit] = await db.select().from(units).where(eq(units.id, requireId('input.unitId', id)));
  if (!unit) throw ApiError.badInput('input.unitId', 'unknownUnit', '实施单位不存在');
  return { unitId: unit.id, regionCode: unit.regionCode };
}

function assertRegion(unitRegion: string, fileRegion: string): void {
  if (unitRegion !== fileRegion) {
    throw ApiError.badInput('project.region.code', 'regionMismatch', `地区代码 ${fileRegion} 与单位所属地区 ${unitRegion} 不符`);
  }
}

/** GB/T 2260: xx0000 province, xxxx00 prefecture, otherwise county; the parent by prefix. */
function regionRow(code: string, name: string): typeof regions.$inferInsert {
  if (code.endsWith('0000')) return { code, name, level: 1, parentCode: null };
  if (code.endsWith('00')) return { code, name, level: 2, parentCode: `${code.slice(0, 2)}0000` };
  return { code, name, level: 3, parentCode: `${code.slice(0, 4)}00` };
}
