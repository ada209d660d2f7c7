import { Decimal } from '@jixiao/core';
import { BotProjectListDocument, type BotListRowFragment, type ProjectFilter, type ProjectSort } from '@jixiao/contract';
import type { ListFilter } from '../../intents/intent.js';
import type { ListTotal, ProjectListItem } from '../shapes.js';
import { botAlertColour } from './alert-colour.js';
import type { JixiaoApi } from './jixiao-api.js';

/** A chat reply lists at most this many projects; the rest are in the dashboard. */
export const MAX_LIST_ITEMS = 10;
/** The API's page limit: enough rows to skip projects without figures at the start of a sort. */
const PAGE = 100;

export interface ListedProjects {
  readonly items: readonly ProjectListItem[];
  readonly total: ListTotal;
  /** The date the listed figures are judged at; null when nothing was listed. */
  readonly asOf: string | null;
}

type Fetch = (sort: ProjectSort | null, first: number, extra?: ProjectFilter) => Promise<{ rows: readonly BotListRowFragment[]; total: number }>;

/**
 * Answers the bot's list questions with the API's filters and sorts (within the asker's scope, the asked year
 * and unit). Comparisons of rates use exact decimals, as everywhere in the bot.
 */
export async function listProjects(api: JixiaoApi, chatUser: string, scope: ProjectFilter, filter: ListFilter): Promise<ListedProjects> {
  const fetchRows: Fetch = async (sort, first, extra) => {
    const data = await api.query(BotProjectListDocument, { filter: { ...scope, ...extra }, sort, first }, chatUser);
    return { rows: data.projects.nodes, total: data.projects.totalCount };
  };
  switch (filter.kind) {
    case 'belowTimeProgress':
      return lowestRates(fetchRows, (rate, progress) => progress !== null && rate.lt(progress));
    case 'executionBelow':
      return lowestRates(fetchRows, (rate) => rate.lt(filter.percent));
    case 'largestDeviation':
      return largestDeviations(fetchRows, filter.limit);
    case 'rankByExecution': {
      // Projects with nothing received have no rate; a page deep enough skips them at either end.
      const { rows, total } = await fetchRows({ field: 'executionRate', direction: filter.direction }, PAGE);
      return listed(rows.filter((r) => r.executionRate !== null).slice(0, filter.limit), { count: total, exact: true });
    }
    case 'lowestScore': {
      // Unscored projects sort first (as -1); one page skips them.
      const { rows } = await fetchRows({ field: 'totalScore', direction: 'asc' }, PAGE);
      const scored = rows.filter((r) => r.totalScore !== null);
      return listed(scored.slice(0, filter.limit), { count: scored.length, exact: rows.length < PAGE });
    }
    case 'alerted': {
      const [red, amber] = await Promise.all([fetchRows(null, MAX_LIST_ITEMS, { alertColour: 'red' }), fetchRows(null, MAX_LIST_ITEMS, { alertColour: 'amber' })]);
      const rows = [...red.rows, ...amber.rows];
      return listed(rows.slice(0, MAX_LIST_ITEMS), { count: red.total + amber.total, exact: true });
    }
  }
}

/** Lowest execution first; stops at the first project that no longer qualifies. */
async function lowestRates(fetchRows: Fetch, qualifies: (rate: Decimal, progress: string | null) => boolean): Promise<ListedProjects> {
  const { rows } = await fetchRows({ field: 'executionRate', direction: 'asc' }, PAGE);
  const matching = rows.filter((r) => r.executionRate !== null && qualifies(Decimal.from(r.executionRate.percent), progressOf(r)));
  const pageFull = rows.length === PAGE && matching.length > 0 && matching.at(-1) === rows.at(-1);
  return listed(matching.slice(0, MAX_LIST_ITEMS), { count: matching.length, exact: !pageFull });
}

/** |执行率 − 序时进度| is largest at either end of the execution sort: both ends are merged and ranked. */
async function largestDeviations(fetchRows: Fetch, limit: number): Promise<ListedProjects> {
  const [low, high] = await Promise.all([
    fetchRows({ field: 'executionRate', direction: 'asc' }, PAGE),
    fetchRows({ field: 'executionRate', direction: 'desc' }, limit),
  ]);
  const unique = new Map([...low.rows, ...high.rows].map((r) => [r.id, r]));
  const ranked = [...unique.values()]
    .flatMap((r) => {
      const progress = progressOf(r);
      return r.executionRate === null || progress === null ? [] : [{ row: r, gap: Decimal.from(r.executionRate.percent).minus(progress).abs() }];
    })
    .sort((a, b) => b.gap.compare(a.gap));
  return listed(ranked.slice(0, limit).map((r) => r.row), { count: low.total, exact: true });
}

function progressOf(row: BotListRowFragment): string | null {
  return row.executionAlert?.timeProgress.percent ?? null;
}

function listed(rows: readonly BotListRowFragment[], total: ListTotal): ListedProjects {
  return { items: rows.map(toItem), total, asOf: rows[0]?.monitoringDate ?? null };
}

function toItem(row: BotListRowFragment): ProjectListItem {
  return {
    id: row.id,
    name: row.name,
    unitName: row.unit.name,
    executionRate: row.executionRate?.percent ?? null,
    timeProgress: progressOf(row),
    totalScore: row.totalScore,
    alert: botAlertColour(row.executionAlert?.colour),
  };
}
