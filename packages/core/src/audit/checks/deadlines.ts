import { daysBetween, formatChineseDate, type PlainDate } from '../../time/plain-date.js';
import type { AuditContext } from '../audit-context.js';
import { indicatorPath } from '../audit-context.js';
import { finding, type Finding } from '../finding.js';

/**
 * A deadline “met” before the year's work could have begun suggests the target was set after
 * the fact (rules primer, consistency audit): the sample's 创建任务 due 2022-12-20 was done on
 * 2022-01-25, before the budget was even allocated. Completed before the fiscal year or within its
 * first {@link EARLY_COMPLETION_DAYS} days while the deadline lay months later is reported.
 */
export const EARLY_COMPLETION_DAYS = 60;

export function checkDeadlines({ evaluation, fiscalYear }: AuditContext): Finding[] {
  // Without a year there is no start of the year to measure against: nothing to say.
  if (fiscalYear === undefined) return [];
  const yearStart = { year: fiscalYear, month: 1, day: 1 };
  const findings: Finding[] = [];
  const { indicators } = evaluation;
  for (let index = 0; index < indicators.length; index += 1) {
    const indicator = indicators[index];
    if (indicator === undefined) continue;
    const { target, actual } = indicator;
    if (target?.kind !== 'date' || actual?.kind !== 'date') continue;
    const early = daysBetween(actual.date, target.date);
    const intoYear = daysBetween(yearStart, actual.date);
    if (intoYear < EARLY_COMPLETION_DAYS && early >= 2 * EARLY_COMPLETION_DAYS) findings.push(implausiblyEarly(indicator.name, index, target, actual, early, intoYear));
  }
  return findings;
}

/** A date as a target or an actual holds it, with the text it was read from. */
interface WrittenDate {
  readonly date: PlainDate;
  readonly text: string;
}

function implausiblyEarly(name: string, index: number, target: WrittenDate, actual: WrittenDate, early: number, intoYear: number): Finding {
  return finding(
    'deadline.implausiblyEarly',
    'warning',
    `${indicatorPath(index)}.actual`,
    () => `“${name}”期限为 ${formatChineseDate(target.date)}，实际 ${formatChineseDate(actual.date)} 即已完成（提前 ${early} 天，年度开始后第 ${intoYear + 1} 天），期限可能为事后设定或目标偏低`,
    actual.text,
    target.text,
  );
}
