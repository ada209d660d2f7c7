import { integer, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';

/** 行政区划 (GB/T 2260): a prefecture and its counties. */
export const regions = pgTable('regions', {
  code: varchar('code', { length: 6 }).primaryKey(),
  name: text('name').notNull(),
  /** The region above (the prefecture of a county); null at the top. */
  parentCode: varchar('parent_code', { length: 6 }),
  /** 2 = prefecture (地级), 3 = county (县级). */
  level: integer('level').notNull(),
});

/** 实施单位: the department that runs projects. */
export const units = pgTable('units', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  code: text('code'),
  regionCode: varchar('region_code', { length: 6 })
    .notNull()
    .references(() => regions.code),
  supervisingDepartment: text('supervising_department'),
  createdAt: createdAt(),
});
