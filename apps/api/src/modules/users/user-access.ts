import { eq } from 'drizzle-orm';
import { regionPrefix } from '../../auth/policy/project-scope.js';
import { permissionsOf } from '../../auth/permission.js';
import type { RequestContext } from '../../auth/request-context.js';
import { Role } from '../../auth/role.js';
import { ApiError } from '../../common/errors/api-error.js';
import { requireId, requireRegionCode } from '../../common/validation/ids.js';
import type { Db } from '../../database/database.types.js';
import { regions, units } from '../../database/schema/index.js';

/** What a user may reach: the role with its unit (unit staff) or region (leaders). */
export interface UserAccess {
  readonly role: Role;
  readonly unitId: string | null;
  readonly regionCode: string | null;
}

/**
 * Checks a role's scope fields against the rules of the row scopes (auth/policy/project-scope.ts):
 * unit staff need an existing unit, leaders an existing region, every other role neither (a stray
 * unit on an evaluator would mean nothing, and would look as if it did). `prefix` names the input;
 * answers the access with its ids normalised.
 */
export async function validAccess(db: Db, given: UserAccess, prefix: string): Promise<UserAccess> {
  const access: UserAccess = {
    role: given.role,
    unitId: given.unitId === null ? null : requireId(`${prefix}.unitId`, given.unitId),
    regionCode: given.regionCode === null ? null : requireRegionCode(`${prefix}.regionCode`, given.regionCode),
  };
  const needsUnit = access.role === Role.unitStaff;
  const needsRegion = access.role === Role.leader;
  if (needsUnit && access.unitId === null) throw ApiError.badInput(`${prefix}.unitId`, 'required', '单位人员须指定所属单位');
  if (!needsUnit && access.unitId !== null) throw ApiError.badInput(`${prefix}.unitId`, 'notAllowed', '只有单位人员可以指定所属单位');
  if (needsRegion && access.regionCode === null) throw ApiError.badInput(`${prefix}.regionCode`, 'required', '领导须指定所辖地区');
  if (!needsRegion && access.regionCode !== null) throw ApiError.badInput(`${prefix}.regionCode`, 'notAllowed', '只有领导可以指定所辖地区');
  if (access.unitId !== null) {
    const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.id, access.unitId));
    if (!unit) throw ApiError.badInput(`${prefix}.unitId`, 'notFound', '所属单位不存在');
  }
  if (access.regionCode !== null) {
    const [region] = await db.select({ code: regions.code }).from(regions).where(eq(regions.code, access.regionCode));
    if (!region) throw ApiError.badInput(`${prefix}.regionCode`, 'notFound', '所辖地区不存在');
  }
  return access;
}

/**
 * Nobody grants more than they hold: every permission of the granted role must be the caller's
 * own, and a caller limited to a region or a unit grants only inside it. Applied to the access a
 * user is given and to the access they had (taking a wider account away is granting too).
 */
export function assertMayGrant(ctx: RequestContext, access: UserAccess): void {
  const caller = ctx.requireUser;
  const own = ctx.permissions;
  if ([...permissionsOf(access.role)].some((permission) => !own.has(permission))) {
    throw ApiError.forbidden(access.role === Role.admin ? '只有系统管理员可以设置管理员账号' : '不能授予超出自身权限的角色');
  }
  if (caller.unitId !== null && access.unitId !== caller.unitId) throw ApiError.forbidden('只能管理本单位的账号');
  if (caller.regionCode !== null && !(access.regionCode ?? '').startsWith(regionPrefix(caller.regionCode))) {
    throw ApiError.forbidden('只能管理本地区的账号');
  }
}
