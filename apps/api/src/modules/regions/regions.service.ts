import { Inject, Injectable } from '@nestjs/common';
import { asc } from 'drizzle-orm';
import { DB, type Db } from '../../database/database.types.js';
import { regions } from '../../database/schema/index.js';
import type { Region } from './models/region.model.js';

@Injectable()
export class RegionsService {
  constructor(@Inject(DB) private readonly db: Db) {}

  /** Regions are public reference data (names of places), not project data: no row scope. */
  list(): Promise<Region[]> {
    return this.db.select().from(regions).orderBy(asc(regions.code));
  }
}
