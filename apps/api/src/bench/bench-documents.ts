import { Decimal } from '@jixiao/core';
import type { Money } from '../common/models/money.model.js';
import type { Rate } from '../common/models/rate.model.js';

/**
 * The two operations `pnpm bench` measures, and the JSON the GraphQL API answers for them. The
 * floor server (floor-server.ts) builds the same JSON without Nest or GraphQL, by the same
 * services, SQL and core calls; the bench checks both answers are equal before measuring.
 */
export const PROJECT_DETAIL_QUERY = `query ProjectDetail($id: ID!) {
  project(id: $id) {
    id name fiscalYear
    unit { name }
    budgetAmount { yuan wanYuan text } receivedAmount { yuan wanYuan text } spentAmount { yuan wanYuan text }
    executionRate { percent text }
    totalScore grade
    executionAlert { colour cause }
    budgetLines { fundSource budgetAmount { wanYuan } receivedAmount { wanYuan } }
    indicators { name target actual weight score derivation }
    scoreCard { totalScore grade dimensions { name weight score } }
    auditFindings { code severity message }
  }
}`;

export const OVERVIEW_QUERY = `query Overview($year: Int!) {
  dashboardOverview(fiscalYear: $year) {
    asOf timeProgress { text }
    totals { projectCount spentAmount { text } executionRate { text } alertColour }
    byUnit { unitName summary { projectCount spentAmount { text } executionRate { text } alertColour } }
    alertCounts { red amber green none blue }
    executionSeries { fiscalYear points { month cumulativeSpent { text } executionRate { text } timeProgress { text } } }
    gradeDistribution { label count }
    largestDeviations { projectName indicatorName deviationRate { text } }
  }
}`;

/** What the Decimal scalar sends. */
export function decimalJson(value: Decimal | null): string | null {
  return value === null ? null : value.toString();
}

export function moneyJson(money: Money, fields: readonly ('yuan' | 'wanYuan' | 'text')[]): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field, field === 'text' ? money.text : money[field].toString()]));
}

export function rateJson(rate: Rate | null, fields: readonly ('percent' | 'text')[]): Record<string, string> | null {
  if (rate === null) return null;
  return Object.fromEntries(fields.map((field) => [field, field === 'text' ? rate.text : rate.percent.toString()]));
}

/** Deep equality of two parsed JSON values, for checking the floor answers what the API does. */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object' && !(value instanceof Decimal)) {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}
