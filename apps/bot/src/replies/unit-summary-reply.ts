import type { UnitSummary } from '../data/shapes.js';
import { zhCN } from '../locales/zh-CN.js';
import type { Reply } from '../messages.js';
import { yuanToWan } from './decimal-text.js';
import { deviationLine, executionRateLine } from './figures.js';

/** A unit's whole-year picture: execution rate first, then totals, time progress, alerts and the as-of date. */
export function unitSummaryReply(summary: UnitSummary): Reply {
  return {
    title: zhCN.unitTitle(summary.unitName, summary.fiscalYear),
    lines: [
      executionRateLine(summary.executionRate),
      zhCN.unitProjects(summary.projectCount, yuanToWan(summary.budgetAmount), yuanToWan(summary.spentAmount)),
      deviationLine(summary.executionRate, summary.timeProgress),
      zhCN.unitAlerts(summary.alertCounts.red, summary.alertCounts.amber, summary.alertCounts.green),
      zhCN.asOf(summary.asOf),
    ],
    link: { text: zhCN.dashboardLink, url: summary.dashboardUrl },
  };
}
