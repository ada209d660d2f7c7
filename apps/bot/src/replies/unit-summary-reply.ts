import type { UnitSummary } from '../data/shapes.js';
import { zhCN } from '../locales/zh-CN.js';
import type { Reply } from '../messages.js';
import { yuanToWan } from './decimal-text.js';
import { deviationLine, executionRateLine } from './figures.js';
import { worstAlert } from './worst-alert.js';

/** A unit's whole-year picture: the project count and totals, execution (支出 ÷ 到位), time progress, alerts. */
export function unitSummaryReply(summary: UnitSummary): Reply {
  return {
    title: zhCN.unitTitle(summary.unitName, summary.fiscalYear),
    lines: [
      zhCN.regionProjects(summary.projectCount, yuanToWan(summary.budgetAmount), yuanToWan(summary.receivedAmount), yuanToWan(summary.spentAmount)),
      executionRateLine(summary),
      deviationLine(summary.executionRate, summary.timeProgress),
      zhCN.unitAlerts(summary.alertCounts.red, summary.alertCounts.amber, summary.alertCounts.green),
      zhCN.asOf(summary.asOf),
    ],
    link: { text: zhCN.dashboardLink, url: summary.dashboardUrl },
    alert: worstAlert(summary.alertCounts),
  };
}
