import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../../test/capture-io.js';
import type { ChildCommand, ChildExit, Spawner } from '../process/spawner.js';
import { createDemoDataCommand } from './demo-data.js';

/** A spawner that records what it was asked to run and ends each child as told, in order. */
function recordingSpawner(exits: readonly ChildExit[] = []): { spawner: Spawner; calls: ChildCommand[] } {
  const calls: ChildCommand[] = [];
  const spawner: Spawner = (child) => {
    const exit = exits[calls.length] ?? { code: 0, signal: null };
    calls.push(child);
    return Promise.resolve(exit);
  };
  return { spawner, calls };
}

async function demoData(argv: readonly string[], spawner: Spawner) {
  return runCli(['demo-data', ...argv], REPO_ROOT, [createDemoDataCommand(spawner)]);
}

const BUILD: ChildCommand = { command: 'pnpm', args: ['exec', 'turbo', 'run', 'build', '--filter=@jixiao/api...', '--output-logs=errors-only'], cwd: REPO_ROOT };

describe('jixiao demo-data', () => {
  it('builds the API, then runs its demo-data script from the repository root with the options passed on', async () => {
    const { spawner, calls } = recordingSpawner();
    const result = await demoData(['--projects', '5000', '--seed', '7', '--reset'], spawner);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '正在构建 API（已是最新时很快）…\n' });
    expect(calls).toEqual([
      BUILD,
      { command: 'pnpm', args: ['--filter', '@jixiao/api', 'run', 'demo-data', '--projects', '5000', '--seed', '7', '--reset'], cwd: REPO_ROOT },
    ]);
  });

  it('leaves the seed to the API when none is given', async () => {
    const { spawner, calls } = recordingSpawner();
    expect((await demoData(['--projects', '0'], spawner)).code).toBe(0);
    expect(calls[1]?.args).toEqual(['--filter', '@jixiao/api', 'run', 'demo-data', '--projects', '0']);
  });

  it('refuses bad arguments before running anything (exit 2)', async () => {
    const cases: [string[], string][] = [
      [[], '缺少选项 --projects <N>'],
      [['--projects', '-3'], '选项 --projects 需要一个值'],
      [['--projects=-3'], '--projects 应为非负整数，却是“-3”'],
      [['--projects', '1e3'], '--projects 应为非负整数，却是“1e3”'],
      [['--projects', '10', '--seed', 'abc'], '--seed 应为整数，却是“abc”'],
      [['--projects', '10', '--force'], '未知选项 --force'],
    ];
    for (const [argv, message] of cases) {
      const { spawner, calls } = recordingSpawner();
      expect(await demoData(argv, spawner)).toEqual({ code: 2, stdout: '', stderr: `错误：${message}\n提示：运行 jixiao demo-data --help 查看用法\n` });
      expect(calls).toEqual([]);
    }
  });

  it('stops at a failed build and says which step failed (exit 2)', async () => {
    const { spawner, calls } = recordingSpawner([{ code: 1, signal: null }]);
    const { code, stderr } = await demoData(['--projects', '10'], spawner);
    expect(code).toBe(2);
    expect(calls).toEqual([BUILD]);
    expect(stderr).toContain('错误：API 构建失败（退出码 1）：pnpm exec turbo run build');
  });

  it('reports a failed or interrupted write with what to check', async () => {
    const failed = await demoData(['--projects', '10'], recordingSpawner([{ code: 0, signal: null }, { code: 1, signal: null }]).spawner);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('错误：演示数据写入失败（退出码 1）：pnpm --filter @jixiao/api run demo-data --projects 10\n');
    expect(failed.stderr).toContain('提示：原因见上方的输出；数据库已有数据时加 --reset，使用 PostgreSQL 时检查 DATABASE_URL');
    const interrupted = await demoData(['--projects', '10'], recordingSpawner([{ code: 0, signal: null }, { code: null, signal: 'SIGINT' }]).spawner);
    expect(interrupted.stderr).toContain('演示数据写入失败（被信号 SIGINT 终止）');
  });

  it('says so when pnpm cannot be started', async () => {
    const missing: Spawner = () => Promise.reject(new Error('spawn pnpm ENOENT'));
    const { code, stderr } = await demoData(['--projects', '10'], missing);
    expect(code).toBe(2);
    expect(stderr).toContain('错误：无法运行 pnpm：spawn pnpm ENOENT\n提示：请确认已安装 pnpm 并在 PATH 中\n');
  });
});
