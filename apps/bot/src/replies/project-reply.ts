import { Decimal } from '@jixiao/core';
import type { IndicatorStatus, ProjectStatus } from '../data/shapes.js';
import type { ProjectMetric } from '../intents/intent.js';
import { zhCN } from '../locales/zh-CN.js';
import type { Reply } from '../messages.js';
import { subtractDecimal, twoDecimals, yuanToWan } from './decimal-text.js';
import { deviationLine, executionRateLine, moneyLine } from './figures.js';

/** Derivation and indicator lists are cut here unless "详细" is asked: chat replies stay short (rule 6). */
export const MAX_DETAIL_LINES = 8;

export interface ProjectReplyOptions {
  /** The indicator or expense words of an `indicator` / `expense` question. */
  readonly aspect?: string | null;
  /** "详细": every line, not only the ones that matter most. */
  readonly detail?: boolean;
}

/**
 * One project's answer: the asked figure first, with what it is computed from (执行率 = 支出 ÷ 到位), then its
 * context (money in 万元, time progress, deviation in percentage points, as-of date), and the dashboard button.
 * The card's colour is the project's alert.
 */
export function projectMetricReply(metric: ProjectMetric, status: ProjectStatus, options: ProjectReplyOptions = {}): Reply {
  const detail = options.detail === true;
  return {
    title: zhCN.projectTitle(status.name, status.fiscalYear),
    lines: [...headline(metric, status, options.aspect ?? null, detail), ...context(metric, status)],
    link: { text: zhCN.dashboardLink, url: status.dashboardUrl },
    alert: status.alert,
  };
}

function headline(metric: ProjectMetric, status: ProjectStatus, aspect: string | null, detail: boolean): string[] {
  switch (metric) {
    case 'overview':
    case 'executionRate':
      return [executionRateLine(status)];
    case 'fundingRate':
      return [
        status.fundingRate === null
          ? zhCN.fundingRateUnknown
          : zhCN.fundingRate(twoDecimals(status.fundingRate), yuanToWan(status.receivedAmount), yuanToWan(status.budgetAmount)),
      ];
    case 'budget':
      return [zhCN.budget(yuanToWan(status.budgetAmount))];
    case 'spent':
      return [zhCN.spent(yuanToWan(status.spentAmount)), executionRateLine(status)];
    case 'remaining':
      return [zhCN.remaining(yuanToWan(subtractDecimal(status.budgetAmount, status.spentAmount)))];
    case 'timeProgress':
    case 'deviation':
      return [deviationLine(status.executionRate, status.timeProgress), executionRateLine(status)];
    case 'alert':
      return [zhCN.alertStatus(zhCN.alert[status.alert]), ...status.alertReasons.map(zhCN.bullet)];
    case 'whyAlert':
      return status.alert === 'green'
        ? [zhCN.alertGreen]
        : [zhCN.alertReasonsHeader(zhCN.alert[status.alert]), ...status.alertReasons.map(zhCN.bullet)];
    case 'score':
    case 'grade':
      return scoreLines(status, detail);
    case 'selfScore':
      return selfScoreLines(status);
    case 'lostPoints':
      return lostPointLines(status, detail);
    case 'failedIndicators':
      return failedIndicatorLines(status, detail);
    case 'indicatorDeviations':
      return indicatorDeviationLines(status, detail);
    case 'indicator':
      return indicatorLines(status, aspect ?? '', detail);
    case 'expense':
      return expenseLines(status, aspect ?? '');
    case 'auditFindings':
      return auditLines(status, detail);
  }
}

function context(metric: ProjectMetric, status: ProjectStatus): string[] {
  const asOf = zhCN.asOf(status.asOf);
  switch (metric) {
    case 'score':
    case 'grade':
    case 'selfScore':
    case 'lostPoints':
    case 'failedIndicators':
    case 'indicatorDeviations':
    case 'indicator':
    case 'auditFindings':
      return [asOf];
    case 'expense':
    case 'timeProgress':
    case 'deviation':
      return [moneyLine(status.budgetAmount, status.receivedAmount, status.spentAmount), asOf];
    case 'alert':
    case 'whyAlert':
      return [executionRateLine(status), deviationLine(status.executionRate, status.timeProgress), asOf];
    default:
      return [moneyLine(status.budgetAmount, status.receivedAmount, status.spentAmount), deviationLine(status.executionRate, status.timeProgress), asOf];
  }
}

const lostPoints = (d: ProjectStatus['derivations'][number]) => Decimal.from(d.score).lt(d.weight);

/** The total and grade, then where points were lost; full marks only with "详细". */
function scoreLines(status: ProjectStatus, detail: boolean): string[] {
  if (status.totalScore === null || status.grade === null) return [zhCN.notScored];
  const lost = status.derivations.filter(lostPoints);
  const full = status.derivations.filter((d) => !lostPoints(d));
  const shown = detail ? [...lost, ...full] : lost;
  const lines = shown.map((d) => zhCN.derivationLine(d.indicator, d.score, d.weight, d.explanation));
  return [
    `${zhCN.score(twoDecimals(status.totalScore), zhCN.grade[status.grade])}${zhCN.scoreBasis}`,
    ...(status.claimedScore === null ? [] : [`${zhCN.claimedScore(twoDecimals(status.claimedScore))}，${claimedLine(status.claimedScore, status.totalScore)}`]),
    ...(lines.length > 0 ? [zhCN.derivationHeader] : []),
    ...capped(lines, detail),
    ...(!detail && full.length > 0 ? [zhCN.fullMarks(full.length), zhCN.detailHint] : []),
  ];
}

/** 自评分 as claimed against the 重算分, and by how much they differ. */
function selfScoreLines(status: ProjectStatus): string[] {
  if (status.totalScore === null || status.grade === null) return [zhCN.notScored];
  const recomputed = `${zhCN.score(twoDecimals(status.totalScore), zhCN.grade[status.grade])}${zhCN.scoreBasis}`;
  if (status.claimedScore === null) return [zhCN.noClaimedScore, recomputed];
  return [zhCN.claimedScore(twoDecimals(status.claimedScore)), recomputed, claimedLine(status.claimedScore, status.totalScore)];
}

function claimedLine(claimed: string, recomputed: string): string {
  const difference = subtractDecimal(claimed, recomputed);
  const points = twoDecimals(difference.replace(/^-/, ''));
  if (Decimal.from(points).isZero()) return zhCN.claimedMatches;
  return difference.startsWith('-') ? zhCN.claimedBelow(points) : zhCN.claimedDiffers(points);
}

function lostPointLines(status: ProjectStatus, detail: boolean): string[] {
  if (status.totalScore === null) return [zhCN.notScored];
  const lost = status.derivations.filter(lostPoints);
  if (lost.length === 0) return [zhCN.noLostPoints];
  return [zhCN.lostPointsHeader(lost.length), ...capped(lost.map((d) => zhCN.derivationLine(d.indicator, d.score, d.weight, d.explanation)), detail)];
}

function failedIndicatorLines(status: ProjectStatus, detail: boolean): string[] {
  const failed = status.indicators.filter((i) => i.meetsTarget === false);
  if (failed.length === 0) return [zhCN.allIndicatorsMet];
  return [zhCN.failedCount(failed.length), ...capped(failed.map((i) => zhCN.failedLine(i.name, i.target, i.actual, i.deviationReason)), detail)];
}

/** 偏差 of the indicators: the actual against the target, with the rate and the reason the unit gave. */
function indicatorDeviationLines(status: ProjectStatus, detail: boolean): string[] {
  const deviating = status.indicators.filter((i) => i.meetsTarget === false);
  if (deviating.length === 0) return [zhCN.noDeviations];
  const lines = deviating.map((i) => [indicatorLine(i), ...(i.deviationReason === null ? [] : [`  ${zhCN.indicatorReason(i.deviationReason)}`])].join('\n'));
  return [zhCN.deviationsHeader(deviating.length), ...capped(lines, detail)];
}

/** The indicators whose name holds the aspect (满意 → 群众满意度; 次 → the ones counted in 次). */
function indicatorLines(status: ProjectStatus, aspect: string, detail: boolean): string[] {
  const matching = status.indicators.filter((i) => i.name.includes(aspect) || (aspect === '次' && /次/.test(i.target)));
  if (matching.length === 0) {
    return [zhCN.indicatorNotFound(aspect), zhCN.indicatorsListed, ...capped(status.indicators.map((i) => zhCN.bullet(i.name)), detail)];
  }
  return matching.map(indicatorLine);
}

function indicatorLine(indicator: IndicatorStatus): string {
  const met = indicator.meetsTarget === null ? zhCN.indicatorNotComparable : indicator.meetsTarget ? zhCN.indicatorMet : zhCN.indicatorNotMet;
  const extras = [
    ...(indicator.deviationRate === null ? [] : [zhCN.indicatorDeviation(twoDecimals(indicator.deviationRate))]),
    ...(indicator.score === null ? [] : [zhCN.indicatorScore(twoDecimals(indicator.score), twoDecimals(indicator.weight))]),
  ];
  return zhCN.indicatorLine(indicator.name, indicator.target, indicator.actual, [met, ...extras].join('，'));
}

/** One line of the stated spending; the budget is not split by category, so "超了多少" cannot be judged. */
function expenseLines(status: ProjectStatus, category: string): string[] {
  const line = status.expenses.find((e) => e.category === category);
  if (line === undefined) {
    const listed = status.expenses.map((e) => e.category).join('、');
    return [zhCN.expenseNotFound(category), ...(listed === '' ? [] : [zhCN.expensesListed(listed)])];
  }
  return [zhCN.expenseLine(line.category, yuanToWan(line.amount)), zhCN.expenseNoBudget];
}

function auditLines(status: ProjectStatus, detail: boolean): string[] {
  if (status.totalScore === null) return [zhCN.auditNoEvaluation];
  if (status.auditFindings.length === 0) return [zhCN.auditNone];
  const lines = status.auditFindings.map((f) => zhCN.bullet(`【${zhCN.severity[f.severity]}】${f.message}`));
  return [zhCN.auditHeader(status.auditFindings.length), ...capped(lines, detail)];
}

function capped(lines: readonly string[], detail: boolean): string[] {
  if (detail || lines.length <= MAX_DETAIL_LINES) return [...lines];
  return [...lines.slice(0, MAX_DETAIL_LINES - 1), zhCN.moreLines(lines.length - (MAX_DETAIL_LINES - 1)), zhCN.detailHint];
}
