import { fail, ok, quote, type ParseResult } from './parse-result.js';
import type { PlainDate } from './target.js';

/** A date read from a target or actual; `monthEnd` when only a month (or year) was named. */
export interface ReadDate {
  readonly date: PlainDate;
  readonly monthEnd: boolean;
}

/**
 * What may follow a deadline: 前 / 之前 / 以前 and a verb (“2022年12月20日前完成”, the published
 * 禁捕 table's “12月底之前完成”).
 */
const DEADLINE_TAIL = '(?:[之以]?前)?(?:完成|完工|竣工|办结)?';
/** What may come before one: “截至2022年12月20日”, “于12月底前完成”. */
const DEADLINE_HEAD = '(?:截至|截止到?|于|在)?';

function deadline(body: string): RegExp {
  return new RegExp(`^${DEADLINE_HEAD}${body}${DEADLINE_TAIL}$`, 'u');
}

/** 2022年12月20日 (the sample report), 2022-12-20, 2022.12.20, 2022/12/20. */
const FULL_DATE = deadline('(\\d{4})(?:年(\\d{1,2})月(\\d{1,2})[日号]|([-./])(\\d{1,2})\\4(\\d{1,2}))');
/** 12月20日 without a year. */
const DAY_OF_FISCAL_YEAR = deadline('(\\d{1,2})月(\\d{1,2})[日号]');
/**
 * 12月底 / 12月末, optionally with a year; with a year, “2022年12月” and “2022-12” alone also name a
 * month. “2022.12” is left to be read as a number: a dot alone does not make a date.
 * A month alone (“7月”, “9月前”, from the published 金寨 table's 时效指标 “9月前” → “7月”) names that
 * month of the fiscal year, read as its last day like “9月底前”: a count of months is written
 * “7个月”, and “≤12月” (with a sign) is still read as a quantity.
 */
const MONTH_END = deadline('(?:(\\d{4})年(\\d{1,2})月[底末份]?|(\\d{1,2})月[底末]?|(\\d{4})[-/](\\d{1,2}))');
/** 年底前完成 / 年内完成 (the fiscal year's end), or 2022年 / 2022年底 / 2022年度. */
const YEAR_END = deadline('(?:[本当今]?年(?:底|末|内|度内)|(\\d{4})年(?:底|末|内|度内|度)?)');

/**
 * Reads the deadline forms. Answers `undefined` when the text is not shaped like a date at all, and
 * an `invalidDate` error when it is shaped like one but names no real day, or needs the fiscal year
 * that was not given.
 */
export function readDate(text: string, input: string, fiscalYear: number | undefined): ParseResult<ReadDate> | undefined {
  const full = FULL_DATE.exec(text);
  if (full) {
    const [, year, cjkMonth, cjkDay, , dashMonth, dashDay] = full;
    return exactDay(input, Number(year), Number(cjkMonth ?? dashMonth), Number(cjkDay ?? dashDay));
  }
  const dayOnly = DAY_OF_FISCAL_YEAR.exec(text);
  if (dayOnly) {
    const year = checkFiscalYear(input, fiscalYear);
    return year.ok ? exactDay(input, year.value, Number(dayOnly[1]), Number(dayOnly[2])) : year;
  }
  const monthEnd = MONTH_END.exec(text);
  if (monthEnd) {
    const [, cjkYear, cjkMonth, monthAlone, dashYear, dashMonth] = monthEnd;
    const writtenYear = cjkYear ?? dashYear;
    const year = writtenYear === undefined ? checkFiscalYear(input, fiscalYear) : ok(Number(writtenYear));
    return year.ok ? lastDayOf(input, year.value, Number(cjkMonth ?? monthAlone ?? dashMonth)) : year;
  }
  const yearEnd = YEAR_END.exec(text);
  if (yearEnd) {
    const year = yearEnd[1] === undefined ? checkFiscalYear(input, fiscalYear) : ok(Number(yearEnd[1]));
    return year.ok ? lastDayOf(input, year.value, 12) : year;
  }
  return undefined;
}

function checkFiscalYear(input: string, fiscalYear: number | undefined): ParseResult<number> {
  if (fiscalYear === undefined) {
    return fail('invalidDate', input, `${quote(input)}没有写年份，需要提供年度（fiscalYear）才能确定日期`);
  }
  if (!isYear(fiscalYear)) {
    return fail('invalidDate', input, `年度 ${fiscalYear} 无效，应为四位数的年份，无法确定${quote(input)}的日期`);
  }
  return ok(fiscalYear);
}

function exactDay(input: string, year: number, month: number, day: number): ParseResult<ReadDate> {
  if (!isYear(year) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return fail('invalidDate', input, `${quote(input)}不是有效日期：${year}年没有${month}月${day}日`);
  }
  return ok({ date: { year, month, day }, monthEnd: false });
}

function lastDayOf(input: string, year: number, month: number): ParseResult<ReadDate> {
  if (!isYear(year) || month < 1 || month > 12) {
    return fail('invalidDate', input, `${quote(input)}不是有效日期：没有${month}月`);
  }
  return ok({ date: { year, month, day: daysInMonth(year, month) }, monthEnd: true });
}

function isYear(year: number): boolean {
  return Number.isInteger(year) && year >= 1000 && year <= 9999;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
