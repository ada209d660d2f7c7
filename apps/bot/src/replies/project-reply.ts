import { Decimal } from '@jixiao/core';
import type { ProjectStatus } from '../data/shapes.js';
import type { ProjectMetric } from '../intents/intent.js';
import { zhCN } from '../locales/zh-CN.js';
import type { Reply } from '../messages.js';
import { subtractDecimal, twoDecimals, yuanToWan } from './decimal-text.js';
import { deviationLine, executionRateLine, moneyLine } from './figures.js';

/** Derivation and indicator lists are cut here: chat replies stay short (chat-platforms README, rule 6). */
export const MAX_DETAIL_LINES = 8;

/**
 * One project's answer: the asked number first, then its context (budget and spending in 万元, time progress,
 * deviation in percentage points, as-of date), the derivation where a score is asked, and the dashboard link.
 */
export function projectMetricReply(metric: ProjectMetric, status: ProjectStatus): Reply {
  return {
    title: zhCN.projectTitle(status.name, status.fiscalYear),
    lines: [...headline(metric, status), ...context(metric, status)],
    link: { text: zhCN.dashboardLink, url: status.dashboardUrl },
  };
}

function headline(metric: ProjectMetric, status: ProjectStatus): string[] {
  switch (metric) {
    case 'overview':
    case 'executionRate':
      return [executionRateLine(status.executionRate)];
    case 'fundingRate':
      return [status.fundingRate === null ? zhCN.fundingRateUnknown : zhCN.fundingRate(twoDecimals(status.fundingRate), yuanToWan(status.receivedAmount))];
    case 'budget':
      return [zhCN.budget(yuanToWan(status.budgetAmount))];
    case 'spent':
      return [zhCN.spent(yuanToWan(status.spentAmount)), executionRateLine(status.executionRate)];
    case 'remaining':
      return [zhCN.remaining(yuanToWan(subtractDecimal(status.budgetAmount, status.spentAmount)))];
    case 'timeProgress':
    case 'deviation':
      return [deviationLine(status.executionRate, status.timeProgress), executionRateLine(status.executionRate)];
    case 'alert':
      return [zhCN.alertStatus(zhCN.alert[status.alert]), ...status.alertReasons.map(zhCN.bullet)];
    case 'whyAlert':
      return status.alert === 'green'
        ? [zhCN.alertGreen]
        : [zhCN.alertReasonsHeader(zhCN.alert[status.alert]), ...status.alertReasons.map(zhCN.bullet)];
    case 'score':
    case 'grade':
      return scoreLines(status);
    case 'failedIndicators':
      return failedIndicatorLines(status);
  }
}

function context(metric: ProjectMetric, status: ProjectStatus): string[] {
  const asOf = zhCN.asOf(status.asOf);
  switch (metric) {
    case 'score':
    case 'grade':
    case 'failedIndicators':
      return [asOf];
    case 'timeProgress':
    case 'deviation':
      return [moneyLine(status.budgetAmount, status.spentAmount), asOf];
    case 'alert':
    case 'whyAlert':
      return [executionRateLine(status.executionRate), deviationLine(status.executionRate, status.timeProgress), asOf];
    default:
      return [moneyLine(status.budgetAmount, status.spentAmount), deviationLine(status.executionRate, status.timeProgress), asOf];
  }
}

function scoreLines(status: ProjectStatus): string[] {
  if (status.totalScore === null || status.grade === null) return [zhCN.notScored];
  // Where points were lost is what the asker wants first; full marks follow in the evaluation's order.
  const lostPoints = (d: ProjectStatus['derivations'][number]) => Decimal.from(d.score).lt(d.weight);
  const ordered = [...status.derivations.filter(lostPoints), ...status.derivations.filter((d) => !lostPoints(d))];
  const lines = ordered.map((d) => zhCN.derivationLine(d.indicator, d.score, d.weight, d.explanation));
  return [zhCN.score(twoDecimals(status.totalScore), zhCN.grade[status.grade]), ...(lines.length > 0 ? [zhCN.derivationHeader] : []), ...capped(lines)];
}

function failedIndicatorLines(status: ProjectStatus): string[] {
  if (status.failedIndicators.length === 0) return [zhCN.allIndicatorsMet];
  const lines = status.failedIndicators.map((i) => zhCN.failedLine(i.name, i.target, i.actual, i.deviationReason));
  return [zhCN.failedCount(status.failedIndicators.length), ...capped(lines)];
}

function capped(lines: readonly string[]): string[] {
  if (lines.length <= MAX_DETAIL_LINES) return [...lines];
  return [...lines.slice(0, MAX_DETAIL_LINES - 1), zhCN.moreLines(lines.length - (MAX_DETAIL_LINES - 1))];
}
