import { date, integer, index, pgTable, primaryKey, smallint, uuid, varchar } from 'drizzle-orm/pg-core';
import { money } from './columns.js';

/**
 * Per unit and fiscal year, the sums the dashboard shows, kept in PostgreSQL beside the projects
 * (a cache the issue allows: the API stays stateless). Rewritten from the projects table in the
 * transaction of every project write (modules/dashboard/unit-year-stats.ts), so a year's overview
 * reads 25 rows instead of tens of thousands of projects.
 */
export const unitYearTotals = pgTable(
  'unit_year_totals',
  {
    unitId: uuid('unit_id').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    regionCode: varchar('region_code', { length: 6 }).notNull(),
    projectCount: integer('project_count').notNull(),
    budgetAmount: money('budget_amount').notNull(),
    adjustedBudgetAmount: money('adjusted_budget_amount').notNull(),
    receivedAmount: money('received_amount').notNull(),
    spentAmount: money('spent_amount').notNull(),
    latestAsOf: date('latest_as_of', { mode: 'string' }),
    excellent: integer('excellent').notNull(),
    good: integer('good').notNull(),
    fair: integer('fair').notNull(),
    poor: integer('poor').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.fiscalYear] }), index('unit_year_totals_year_idx').on(t.fiscalYear, t.regionCode)],
);

/**
 * Projects counted by what decides their execution alert colour: the completed months at their
 * stated date (null: judged at today) and the months at which they turn red and amber (null:
 * nothing received). Colour counts at any date follow from these few rows per unit and year.
 */
export const unitYearAlertBuckets = pgTable(
  'unit_year_alert_buckets',
  {
    unitId: uuid('unit_id').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    regionCode: varchar('region_code', { length: 6 }).notNull(),
    asOfMonths: smallint('as_of_months'),
    redFromMonths: smallint('red_from_months'),
    amberFromMonths: smallint('amber_from_months'),
    projectCount: integer('project_count').notNull(),
  },
  (t) => [index('unit_year_alert_buckets_idx').on(t.fiscalYear, t.unitId)],
);

/**
 * Projects counted by when an indicator of theirs is blue (far ahead of time progress): the
 * completed months at their stated date (null: judged at today) and the bit mask of months at which
 * one is (projects.indicator_blue_months). Only projects with some blue month have a row.
 */
export const unitYearIndicatorBuckets = pgTable(
  'unit_year_indicator_buckets',
  {
    unitId: uuid('unit_id').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    regionCode: varchar('region_code', { length: 6 }).notNull(),
    asOfMonths: smallint('as_of_months'),
    blueMonths: integer('blue_months').notNull(),
    projectCount: integer('project_count').notNull(),
  },
  (t) => [index('unit_year_indicator_buckets_idx').on(t.fiscalYear, t.unitId)],
);

/**
 * 实际支付 per unit, fiscal year and month (payments dated inside the fiscal year, as the core's
 * monthly execution curve counts them): the dashboard's monthly curve of a year reads 12 rows per
 * unit, whatever the number of payments.
 */
export const unitYearMonthlySpending = pgTable(
  'unit_year_monthly_spending',
  {
    unitId: uuid('unit_id').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    regionCode: varchar('region_code', { length: 6 }).notNull(),
    month: smallint('month').notNull(),
    spentAmount: money('spent_amount').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.fiscalYear, t.month] }), index('unit_year_monthly_spending_year_idx').on(t.fiscalYear, t.regionCode)],
);
