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

export function executionRateLine(executionRate: string | null): string {
  return executionRate === null ? zhCN.executionRateUnknown : zhCN.executionRate(twoDecimals(executionRate));
}

export function moneyLine(budgetYuan: string, spentYuan: string): string {
  return zhCN.moneyContext(yuanToWan(budgetYuan), yuanToWan(spentYuan));
}
