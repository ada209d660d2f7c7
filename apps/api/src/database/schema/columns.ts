import { numeric, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/**
 * Column helpers shared by every table. Money and scores are exact `numeric` columns that the
 * driver returns as strings; they are turned into `Decimal`s with `Decimal.from`, never `Number`.
 */

/** An amount in 元, exact to the 分. */
export const money = (name: string) => numeric(name, { precision: 18, scale: 2 });

/** A weight or score in points, exact to the hundredth (the rounding policy's 2 decimals). */
export const points = (name: string) => numeric(name, { precision: 8, scale: 2 });

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/**
 * The two columns every table of project data carries, so that the policy layer can filter any
 * row by unit or region and a future deployment can shard by region.
 */
export const ownership = () => ({
  unitId: uuid('unit_id').notNull(),
  regionCode: varchar('region_code', { length: 6 }).notNull(),
});
