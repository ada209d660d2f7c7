import { DEFAULT_EXECUTION_ALERT_THRESHOLDS, formatIsoDate, type PlainDate } from '@jixiao/core';
import { sql, type SQL } from 'drizzle-orm';
import { projects } from '../../database/schema/index.js';

/**
 * The core's execution alert (`executionAlert` with month-based `timeProgress`) restated in SQL over
 * the denormalised totals, so that lists can filter and the dashboard can count by colour without
 * loading every project. The same thresholds object feeds both; an e2e test checks that the colour
 * of every demo project agrees with the one the core computes for its detail.
 *
 * v = (spent ÷ received) ÷ (m ÷ 12) where m is the number of completed months at the monitoring
 * date; compared without division: spent × 12 < threshold × m × received.
 */
export function executionAlertColourSql(today: PlainDate): SQL<'red' | 'amber' | 'green' | null> {
  const { redBelow, greenFrom } = DEFAULT_EXECUTION_ALERT_THRESHOLDS;
  const date = sql`coalesce(${projects.asOf}, least(${formatIsoDate(today)}::date, make_date(${projects.fiscalYear}, 12, 31)))`;
  const months = sql`(case
    when extract(year from ${date}) < ${projects.fiscalYear} then 0
    when extract(year from ${date}) > ${projects.fiscalYear} then 12
    else extract(month from ${date})
      - case when ${date} = (date_trunc('month', ${date}) + interval '1 month - 1 day')::date then 0 else 1 end
  end)`;
  return sql<'red' | 'amber' | 'green' | null>`(case
    when ${projects.receivedAmount} = 0 then null
    when ${months} = 0 then 'green'
    when ${projects.spentAmount} * 12 < ${redBelow.toString()}::numeric * ${months} * ${projects.receivedAmount} then 'red'
    when ${projects.spentAmount} * 12 < ${greenFrom.toString()}::numeric * ${months} * ${projects.receivedAmount} then 'amber'
    else 'green'
  end)`;
}
