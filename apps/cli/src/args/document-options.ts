import type { RegionInput } from '@jixiao/documents';
import { usageError } from '../cli-error.js';
import type { ParsedArgs } from './parse-command-args.js';

/**
 * The string options of every command that reads a project, for reports and sheets that do not
 * state their region or year. Neither is needed to score or audit; they are recorded in the
 * project file (`import`) and override what the document says.
 */
export const DOCUMENT_OPTIONS: readonly string[] = ['region-code', 'region-name', 'fiscal-year'];

/** The help lines of those options, aligned with the other options of a command's help. */
export function documentOptionsHelp(width: number): string[] {
  return [
    `  ${'--region-code <code>'.padEnd(width)}  报告或自评表未写明地区时的行政区划代码（6 位，如 652300）`,
    `  ${'--region-name <name>'.padEnd(width)}  与之对应的地区名称（如 昌吉回族自治州）；两者须同时给出`,
    `  ${'--fiscal-year <year>'.padEnd(width)}  报告或自评表的年度（如 2022），用于未写年份的日期；未写明时可不填`,
  ];
}

export interface DocumentOptions {
  readonly region?: RegionInput;
  readonly fiscalYear?: number;
}

/** `{ region, fiscalYear }` to spread into the read options; a half-given region or a year that is not one is a usage error. */
export function documentOptions(command: string, parsed: ParsedArgs): DocumentOptions {
  const code = parsed.strings.get('region-code');
  const name = parsed.strings.get('region-name');
  const year = parsed.strings.get('fiscal-year');
  if ((code === undefined) !== (name === undefined)) throw usageError(command, '--region-code 与 --region-name 须同时给出');
  if (code !== undefined && !/^\d{6}$/.test(code)) throw usageError(command, `--region-code 应为 6 位行政区划代码（如 652300），而不是“${code}”`);
  if (year !== undefined && !/^(?:19|20|21)\d{2}$/.test(year)) throw usageError(command, `--fiscal-year 应为四位年份（如 2022），而不是“${year}”`);
  return {
    ...(code !== undefined && name !== undefined ? { region: { code, name } } : {}),
    ...(year !== undefined ? { fiscalYear: Number(year) } : {}),
  };
}
