import type { PlainDate } from '@jixiao/core';
import { sql, type SQL } from 'drizzle-orm';
import { projects } from '../../database/schema/index.js';
import { completedMonths } from '../analysis/project-analysis.js';

/**
 * The core's execution alert (`executionAlert` with month-based `timeProgress`) in SQL, so that
 * lists can filter and the dashboard can count by colour without loading every project.
 *
 * Every write stores, from the core, the month counts at which a project's alert turns red and
 * amber (`alertMonths`), and the completed months at its stated 截至 date. m, the completed months
 * at the monitoring date, is that stored count, else today's (12 for an earlier fiscal year, 0 for
 * a later one); the colour is then two integer comparisons per row. An e2e test checks that the
 * colour of every listed project agrees with the one the core computes for it.
 */
export function executionAlertColourSql(today: PlainDate): SQL<'red' | 'amber' | 'green' | null> {
  const months = monitoringMonthsSql(today);
  return sql<'red' | 'amber' | 'green' | null>`(case
    when ${projects.redFromMonths} is null then null
    when ${months} >= ${projects.redFromMonths} then 'red'
    when ${months} >= ${projects.amberFromMonths} then 'amber'
    else 'green'
  end)`;
}

/** m: the completed months of 序时进度 at each project's monitoring date (its stated date, else today). */
export function monitoringMonthsSql(today: PlainDate): SQL<number> {
  return sql<number>`coalesce(${projects.asOfMonths}, case
    when ${projects.fiscalYear} < ${today.year}::int then 12
    when ${projects.fiscalYear} > ${today.year}::int then 0
    else ${completedMonths(today, today.year)}::int end)`;
}

const INDICATOR_MONTHS = {
  red: projects.indicatorRedMonths,
  amber: projects.indicatorAmberMonths,
  green: projects.indicatorGreenMonths,
  blue: projects.indicatorBlueMonths,
} as const;

/**
 * Whether at least one indicator of the project has this progress alert colour (the core's
 * indicatorProgressAlert) at its monitoring date: bit m of the mask stored at every write
 * (project-analysis.ts indicatorColourMonths).
 */
export function hasIndicatorColourSql(colour: keyof typeof INDICATOR_MONTHS, today: PlainDate): SQL<boolean> {
  return sql<boolean>`((coalesce(${INDICATOR_MONTHS[colour]}, 0) >> ${monitoringMonthsSql(today)}) & 1) = 1`;
}
