import { describe, expect, it } from 'vitest';
import type { CliIo } from './cli-io.js';
import type { Command } from './commands/command.js';
import { COMMANDS } from './commands/index.js';
import { EXIT } from './exit-codes.js';
import { run } from './run.js';
import { runCli } from '../test/capture-io.js';

describe('the router', () => {
  it('prints the command list for --help and for no command (exit 2)', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    for (const command of COMMANDS) expect(help.stdout).toContain(`  ${command.name}`);
    expect(help.stdout).toContain('退出码：0 成功；1 审计发现“错误”级问题；2');
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(help.stdout);
  });

  it('prints each command’s help, in Chinese', async () => {
    for (const command of COMMANDS) {
      const result = await runCli([command.name, '--help']);
      expect(result).toEqual({ code: 0, stdout: command.help, stderr: '' });
      expect(result.stdout).toMatch(new RegExp(`^用法：jixiao ${command.name}`));
    }
    expect((await runCli(['help', 'audit'])).stdout).toBe((await runCli(['audit', '-h'])).stdout);
  });

  it('rejects an unknown command with the list of commands (exit 2)', async () => {
    const { code, stderr } = await runCli(['scroe', 'x.json']);
    expect(code).toBe(2);
    expect(stderr).toContain('未知命令“scroe”，可用命令：score、audit、validate、import、export、schema、frameworks、demo-data');
  });

  it('reports a defect without a stack trace unless debugging (exit 3)', async () => {
    const failing: Command = {
      name: 'boom',
      summary: '',
      help: '',
      run: () => Promise.reject(new TypeError('cannot read properties of undefined')),
    };
    const capture = (debug: boolean) => {
      let stderr = '';
      const io: CliIo = { stdout: () => undefined, stderr: (text) => void (stderr += text), cwd: '.', debug };
      return { io, stderr: () => stderr };
    };
    const quiet = capture(false);
    expect(await run(['boom'], quiet.io, [failing])).toBe(EXIT.internal);
    expect(quiet.stderr()).toMatch(/^内部错误：cannot read properties of undefined\n/);
    expect(quiet.stderr()).not.toContain('    at ');
    const debug = capture(true);
    await run(['boom'], debug.io, [failing]);
    expect(debug.stderr()).toContain('TypeError: cannot read properties of undefined\n    at ');
  });
});
