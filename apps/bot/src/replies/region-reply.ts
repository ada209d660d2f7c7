import type { RankedArea, RegionSummary } from '../data/shapes.js';
import type { RegionFocus } from '../intents/intent.js';
import { zhCN } from '../locales/zh-CN.js';
import type { Reply } from '../messages.js';
import { yuanToWan } from './decimal-text.js';
import { deviationLine, executionRateLine, percentOrDash } from './figures.js';
import { worstAlert } from './worst-alert.js';

/**
 * A region for leaders: totals with execution (支出 ÷ 到位), red/amber counts first when asked, or its counties
 * or units ranked by execution rate (lowest first, every one listed and counted).
 */
export function regionReply(focus: RegionFocus, summary: RegionSummary): Reply {
  const link = { text: zhCN.dashboardLink, url: summary.dashboardUrl };
  const alert = worstAlert(summary.alertCounts);
  const { red, amber, green } = summary.alertCounts;
  const totals = [
    zhCN.regionProjects(summary.projectCount, yuanToWan(summary.budgetAmount), yuanToWan(summary.receivedAmount), yuanToWan(summary.spentAmount)),
    executionRateLine(summary),
    deviationLine(summary.executionRate, summary.timeProgress),
  ];
  const asOf = zhCN.asOf(summary.asOf);
  switch (focus) {
    case 'overview':
      return { title: zhCN.regionTitle(summary.regionName, summary.fiscalYear), lines: [...totals, zhCN.unitAlerts(red, amber, green), asOf], link, alert };
    case 'alerts':
      return { title: zhCN.regionAlertsTitle(summary.regionName, summary.fiscalYear), lines: [zhCN.regionAlertCounts(red, amber, summary.projectCount), asOf], link, alert };
    case 'rankRegions':
      if (summary.subRegions.length > 0) {
        return ranking(zhCN.regionRankTitle(summary.regionName, summary.fiscalYear), zhCN.column.area, summary.subRegions, asOf, link, alert);
      }
      return withLead(zhCN.noSubRegions(summary.regionName), ranking(zhCN.regionUnitsTitle(summary.regionName, summary.fiscalYear), zhCN.column.unit, summary.units, asOf, link, alert));
    case 'rankUnits':
      return ranking(zhCN.regionUnitsTitle(summary.regionName, summary.fiscalYear), zhCN.column.unit, summary.units, asOf, link, alert);
  }
}

function ranking(title: string, column: string, areas: readonly RankedArea[], asOf: string, link: Reply['link'] & object, alert: Reply['alert']): Reply {
  const lowest = areas[0];
  return {
    title,
    lines: [...(lowest === undefined ? [] : [zhCN.lowestArea(lowest.name, percentOrDash(lowest.executionRate))]), zhCN.areaCount(areas.length), asOf],
    table: {
      header: [column, zhCN.column.executionRate, zhCN.column.projects],
      rows: areas.map((a) => [a.name, percentOrDash(a.executionRate), String(a.projectCount)]),
    },
    link,
    ...(alert === undefined ? {} : { alert }),
  };
}

function withLead(line: string, reply: Reply): Reply {
  return { ...reply, lines: [line, ...reply.lines] };
}
