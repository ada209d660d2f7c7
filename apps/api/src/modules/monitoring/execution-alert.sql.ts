import { DEFAULT_EXECUTION_ALERT_THRESHOLDS, type PlainDate } from '@jixiao/core';
import { sql, type SQL } from 'drizzle-orm';
import { projects } from '../../database/schema/index.js';
import { completedMonths } from '../analysis/project-analysis.js';

/**
 * The core's execution alert (`executionAlert` with month-based `timeProgress`) restated in SQL over
 * the denormalised totals, so that lists can filter and the dashboard can count by colour without
 * loading every project. The same thresholds object feeds both; an e2e test checks that the colour
 * of every demo project agrees with the one the core computes for it.
 *
 * m, the completed months at the monitoring date, is stored per project for a stated 截至 date
 * (`as_of_months`); otherwise it is today's, 0 for a later year or 12 for an earlier one. Then
 * v = (spent ÷ received) ÷ (m ÷ 12), compared without division: spent × 12 < threshold × m × received.
 * Integer and numeric arithmetic only: the dashboard evaluates this for every project of a year.
 */
export function executionAlertColourSql(today: PlainDate): SQL<'red' | 'amber' | 'green' | null> {
  const { redBelow, greenFrom } = DEFAULT_EXECUTION_ALERT_THRESHOLDS;
  const months = sql`coalesce(${projects.asOfMonths}, case
    when ${projects.fiscalYear} < ${today.year}::int then 12
    when ${projects.fiscalYear} > ${today.year}::int then 0
    else ${completedMonths(today, today.year)}::int end)`;
  return sql<'red' | 'amber' | 'green' | null>`(case
    when ${projects.receivedAmount} = 0 then null
    when ${months} = 0 then 'green'
    when ${projects.spentAmount} * 12 < ${redBelow.toString()}::numeric * ${months} * ${projects.receivedAmount} then 'red'
    when ${projects.spentAmount} * 12 < ${greenFrom.toString()}::numeric * ${months} * ${projects.receivedAmount} then 'amber'
    else 'green'
  end)`;
}
