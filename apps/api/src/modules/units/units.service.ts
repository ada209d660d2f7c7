import { Inject, Injectable } from '@nestjs/common';
import { and, asc } from 'drizzle-orm';
import { inRegion, unitScope } from '../../auth/policy/project-scope.js';
import type { RequestContext } from '../../auth/request-context.js';
import { requireRegionCode } from '../../common/validation/ids.js';
import { DB, type Db } from '../../database/database.types.js';
import { units } from '../../database/schema/index.js';
import type { Unit } from './models/unit.model.js';

const unitColumns = {
  id: units.id,
  name: units.name,
  code: units.code,
  regionCode: units.regionCode,
  supervisingDepartment: units.supervisingDepartment,
};

@Injectable()
export class UnitsService {
  constructor(@Inject(DB) private readonly db: Db) {}

  list(ctx: RequestContext, regionCode: string | undefined): Promise<Unit[]> {
    return this.db
      .select(unitColumns)
      .from(units)
      .where(and(unitScope(ctx), regionCode ? inRegion(units.regionCode, requireRegionCode('regionCode', regionCode)) : undefined))
      .orderBy(asc(units.regionCode), asc(units.name));
  }
}
