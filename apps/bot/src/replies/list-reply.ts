import type { ProjectList, ProjectListItem } from '../data/shapes.js';
import type { ListFilter } from '../intents/intent.js';
import { zhCN } from '../locales/zh-CN.js';
import type { Reply } from '../messages.js';
import { twoDecimals } from './decimal-text.js';
import { percentOrDash, signedPoints } from './figures.js';

/**
 * A list of projects as a table; adapters without tables turn rows into lines. It always says how many
 * projects there are in all (a top-N says of how many), and the year listed.
 */
export function projectListReply(filter: ListFilter, unitName: string | null, list: ProjectList): Reply {
  const title = list.fiscalYear === null ? listTitle(filter) : zhCN.listYear(list.fiscalYear, listTitle(filter));
  const link = { text: zhCN.dashboardLink, url: list.dashboardUrl };
  const fullTitle = unitName === null ? title : zhCN.listScope(unitName, title);
  if (list.items.length === 0) return { title: fullTitle, lines: [zhCN.listEmpty(list.asOf)], link };
  const withUnit = unitName === null;
  const { header, cells } = columns(filter);
  return {
    title: fullTitle,
    lines: [countLine(filter, list)],
    table: {
      header: [zhCN.column.project, ...(withUnit ? [zhCN.column.unit] : []), ...header],
      rows: list.items.map((item) => [item.name, ...(withUnit ? [item.unitName] : []), ...cells(item)]),
    },
    link,
    ...(filter.kind === 'alerted' || filter.kind === 'belowTimeProgress' ? { alert: list.items.some((i) => i.alert === 'red') ? 'red' : 'amber' } : {}),
  };
}

function countLine(filter: ListFilter, list: ProjectList): string {
  const shown = list.items.length;
  const { count, exact } = list.total;
  const ranking = filter.kind === 'largestDeviation' || filter.kind === 'lowestScore' || filter.kind === 'rankByExecution';
  if (ranking) return zhCN.listRanked(shown, count, list.asOf);
  if (exact && count === shown) return zhCN.listCount(count, list.asOf);
  return zhCN.listFirst(shown, exact ? String(count) : zhCN.atLeast(count), list.asOf);
}

function listTitle(filter: ListFilter): string {
  switch (filter.kind) {
    case 'belowTimeProgress':
      return zhCN.listTitle.belowTimeProgress;
    case 'executionBelow':
      return zhCN.listTitle.executionBelow(filter.percent);
    case 'largestDeviation':
      return zhCN.listTitle.largestDeviation(filter.limit);
    case 'lowestScore':
      return zhCN.listTitle.lowestScore(filter.limit);
    case 'rankByExecution':
      return zhCN.listTitle.rankByExecution(filter.direction, filter.limit);
    case 'alerted':
      return zhCN.listTitle.alerted;
  }
}

function columns(filter: ListFilter): { header: string[]; cells: (item: ProjectListItem) => string[] } {
  const c = zhCN.column;
  switch (filter.kind) {
    case 'lowestScore':
      return { header: [c.score], cells: (i) => [i.totalScore === null ? zhCN.notAvailable : twoDecimals(i.totalScore)] };
    case 'alerted':
      return { header: [c.alert, c.executionRate], cells: (i) => [zhCN.alert[i.alert], percentOrDash(i.executionRate)] };
    default:
      return {
        header: [c.executionRate, c.timeProgress, c.deviation],
        cells: (i) => [percentOrDash(i.executionRate), percentOrDash(i.timeProgress), signedPoints(i.executionRate, i.timeProgress)],
      };
  }
}
