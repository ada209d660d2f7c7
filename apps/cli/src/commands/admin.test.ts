import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../../test/capture-io.js';
import type { ChildCommand, ChildExit, Spawner } from '../process/spawner.js';
import { createAdminCommand } from './admin.js';
import { API_BUILD } from './api-script.js';

function recordingSpawner(exits: readonly ChildExit[] = []): { spawner: Spawner; calls: ChildCommand[] } {
  const calls: ChildCommand[] = [];
  const spawner: Spawner = (child) => {
    const exit = exits[calls.length] ?? { code: 0, signal: null };
    calls.push(child);
    return Promise.resolve(exit);
  };
  return { spawner, calls };
}

const admin = (argv: readonly string[], spawner: Spawner) => runCli(['admin', ...argv], REPO_ROOT, [createAdminCommand(spawner)]);

describe('jixiao admin create', () => {
  it('builds the API, then runs its admin script with the username (the password never on the command line)', async () => {
    const { spawner, calls } = recordingSpawner();
    const result = await admin(['create', '--username', 'li.wei', '--display-name', '李伟'], spawner);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '正在构建 API（已是最新时很快）…\n' });
    expect(calls).toEqual([
      API_BUILD,
      { command: 'pnpm', args: ['--filter', '@jixiao/api', 'run', 'admin', 'create', '--username', 'li.wei', '--display-name', '李伟'], cwd: REPO_ROOT },
    ]);
  });

  it('refuses bad usage before running anything (exit 2)', async () => {
    const cases: [string[], string][] = [
      [['create'], '缺少选项 --username <用户名>'],
      [['remove', '--username', 'x'], '未知的子命令“remove”，可用：create'],
      [['create', '--username', 'x', '--password', 'p'], '未知选项 --password'],
      [[], '缺少参数 create'],
    ];
    for (const [argv, message] of cases) {
      const { spawner, calls } = recordingSpawner();
      expect(await admin(argv, spawner)).toEqual({ code: 2, stdout: '', stderr: `错误：${message}\n提示：运行 jixiao admin --help 查看用法\n` });
      expect(calls).toEqual([]);
    }
  });

  it('reports a refused creation (weak password, an admin exists) as a failed step, exit 2', async () => {
    const { spawner } = recordingSpawner([{ code: 0, signal: null }, { code: 1, signal: null }]);
    const { code, stderr } = await admin(['create', '--username', 'li.wei'], spawner);
    expect(code).toBe(2);
    expect(stderr).toContain('错误：创建管理员失败（退出码 1）：pnpm --filter @jixiao/api run admin create --username li.wei');
  });
});
