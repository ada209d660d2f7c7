import { parseArgs } from 'node:util';
import { usageError } from '../cli-error.js';

export interface ArgsSpec {
  /** Positional parameters, all required, named as in the help (`<project.json>`). */
  readonly positionals: readonly string[];
  /** Options without a value, e.g. `json` for `--json`. */
  readonly flags?: readonly string[];
  /** Options with a value, e.g. `framework` for `--framework <id>`. */
  readonly strings?: readonly string[];
}

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly flags: ReadonlySet<string>;
  readonly strings: ReadonlyMap<string, string>;
}

/**
 * Parses a command's arguments with `node:util` parseArgs, checking them ourselves so that every
 * mistake gets a Chinese message naming the option (parseArgs' strict mode throws English ones).
 */
export function parseCommandArgs(command: string, args: readonly string[], spec: ArgsSpec): ParsedArgs {
  const flagNames = spec.flags ?? [];
  const stringNames = spec.strings ?? [];
  const options = Object.fromEntries([
    ...flagNames.map((name) => [name, { type: 'boolean' as const }] as const),
    ...stringNames.map((name) => [name, { type: 'string' as const }] as const),
  ]);
  const { tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  const positionals: string[] = [];
  const flags = new Set<string>();
  const strings = new Map<string, string>();
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    else if (token.kind === 'option') {
      if (flagNames.includes(token.name)) {
        if (token.value !== undefined) throw usageError(command, `选项 ${token.rawName} 不接受值`);
        flags.add(token.name);
      } else if (stringNames.includes(token.name)) {
        // Without an inline `=`, a value that looks like an option means the value was forgotten.
        if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))) {
          throw usageError(command, `选项 ${token.rawName} 需要一个值`);
        }
        strings.set(token.name, token.value);
      } else {
        throw usageError(command, `未知选项 ${token.rawName}`);
      }
    }
  }
  const missing = spec.positionals[positionals.length];
  if (missing !== undefined) throw usageError(command, `缺少参数 ${missing}`);
  const extra = positionals[spec.positionals.length];
  if (extra !== undefined) throw usageError(command, `多余的参数“${extra}”`);
  return { positionals, flags, strings };
}
