import type { RegionInput } from '@jixiao/documents';
import { usageError } from '../cli-error.js';
import type { ParsedArgs } from './parse-command-args.js';

/** The string options every command that reads a project accepts, for reports that do not name their region. */
export const REGION_OPTIONS: readonly string[] = ['region-code', 'region-name'];

/** The help lines of those options, aligned with the other options of a command's help. */
export function regionHelp(width: number): string[] {
  return [
    `  ${'--region-code <code>'.padEnd(width)}  报告或自评表未写明地区时的行政区划代码（6 位，如 652300）`,
    `  ${'--region-name <name>'.padEnd(width)}  与之对应的地区名称（如 昌吉回族自治州）；两者须同时给出`,
  ];
}

/** `{ region }` to spread into the read options, or nothing; one of the two alone is a usage error. */
export function regionOption(command: string, parsed: ParsedArgs): { readonly region?: RegionInput } {
  const code = parsed.strings.get('region-code');
  const name = parsed.strings.get('region-name');
  if (code === undefined && name === undefined) return {};
  if (code === undefined || name === undefined) throw usageError(command, '--region-code 与 --region-name 须同时给出');
  return { region: { code, name } };
}
