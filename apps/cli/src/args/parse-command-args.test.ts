import { describe, expect, it } from 'vitest';
import { CliError } from '../cli-error.js';
import { parseCommandArgs } from './parse-command-args.js';

const spec = { positionals: ['<project.json>'], flags: ['json'], strings: ['framework'] };

function failure(args: readonly string[]): CliError {
  try {
    parseCommandArgs('score', args, spec);
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('expected a CliError');
}

describe('parseCommandArgs', () => {
  it('reads positionals, flags and valued options in any order', () => {
    const parsed = parseCommandArgs('score', ['--json', 'a.json', '--framework', 'self-evaluation-2020'], spec);
    expect(parsed.positionals).toEqual(['a.json']);
    expect(parsed.flags.has('json')).toBe(true);
    expect(parsed.strings.get('framework')).toBe('self-evaluation-2020');
    expect(parseCommandArgs('score', ['--framework=x', 'a.json'], spec).strings.get('framework')).toBe('x');
  });

  it('explains every mistake in Chinese, pointing at the help', () => {
    expect(failure(['a.json', '--jsno']).message).toBe('未知选项 --jsno');
    expect(failure(['a.json', '--framework']).message).toBe('选项 --framework 需要一个值');
    expect(failure(['a.json', '--framework', '--json']).message).toBe('选项 --framework 需要一个值');
    expect(failure(['a.json', '--json=yes']).message).toBe('选项 --json 不接受值');
    expect(failure([]).message).toBe('缺少参数 <project.json>');
    expect(failure(['a.json', 'b.json']).message).toBe('多余的参数“b.json”');
    expect(failure([]).hint).toBe('运行 jixiao score --help 查看用法');
  });

  it('takes what follows -- as positional', () => {
    expect(parseCommandArgs('score', ['--', '--odd-name.json'], spec).positionals).toEqual(['--odd-name.json']);
  });
});
