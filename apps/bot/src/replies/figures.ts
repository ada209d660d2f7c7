import { zhCN } from '../locales/zh-CN.js';
import { signOf, subtractDecimal, twoDecimals, yuanToWan } from './decimal-text.js';

/** Shared wording for the figures every reply repeats: execution against time progress, as percentage points. */
export function deviationLine(executionRate: string | null, timeProgress: string): string {
  if (executionRate === null) return zhCN.timeProgress(twoDecimals(timeProgress));
  const points = subtractDecimal(executionRate, timeProgress);
  const magnitude = twoDecimals(points.replace(/^-/, ''));
  const sign = signOf(magnitude) === 0 ? 0 : signOf(points);
  const comparison = sign > 0 ? zhCN.deviationAbove(magnitude) : sign < 0 ? zhCN.deviationBelow(magnitude) : zhCN.deviationEven;
  return `${zhCN.timeProgress(twoDecimals(timeProgress))}，${comparison}`;
}

/** "+7.46" / "-37.40" for tables; "—" when there is no execution rate. */
export function signedPoints(executionRate: string | null, timeProgress: string | null): string {
  if (executionRate === null || timeProgress === null) return zhCN.notAvailable;
  const points = twoDecimals(subtractDecimal(executionRate, timeProgress));
  return signOf(points) > 0 ? `+${points}` : points;
}

export function percentOrDash(value: string | null): string {
  return value === null ? zhCN.notAvailable : `${twoDecimals(value)}%`;
}

/** The figures an execution rate is computed from, so that the asker can check it: 执行率 = 支出 ÷ 到位. */
export interface ExecutionFigures {
  readonly executionRate: string | null;
  readonly spentAmount: string;
  readonly receivedAmount: string;
}

/** "预算执行率 91.02%（已支出 91.02 万元 ÷ 资金到位 100.00 万元）". */
export function executionRateLine(figures: ExecutionFigures): string {
  if (figures.executionRate === null) return zhCN.executionRateUnknown;
  return zhCN.executionRateFrom(twoDecimals(figures.executionRate), yuanToWan(figures.spentAmount), yuanToWan(figures.receivedAmount));
}

export function moneyLine(budgetYuan: string, receivedYuan: string, spentYuan: string): string {
  return zhCN.moneyContext(yuanToWan(budgetYuan), yuanToWan(receivedYuan), yuanToWan(spentYuan));
}
