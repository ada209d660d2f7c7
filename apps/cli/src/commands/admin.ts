import { parseCommandArgs } from '../args/parse-command-args.js';
import { lines } from '../cli-io.js';
import { usageError } from '../cli-error.js';
import { EXIT } from '../exit-codes.js';
import { inheritStdioSpawner, type Spawner } from '../process/spawner.js';
import { API_BUILD, apiScript, requireApi, runApiStep } from './api-script.js';
import type { Command } from './command.js';

const HELP = lines(
  '用法：jixiao admin create --username <用户名> [--display-name <姓名>]',
  '',
  '在 API 的数据库中创建第一个系统管理员（默认为 apps/api/data 下的 PGlite，设置了 DATABASE_URL',
  '时为该 PostgreSQL；与 API 使用同样的环境变量）。只能使用一次：已有可用的管理员时拒绝，其他账号',
  '由管理员登录仪表盘后在“用户管理”中添加。',
  '',
  '密码不写在命令行上，也不会被打印：',
  '  - 在终端中运行时提示输入两次（输入时不显示）；',
  '  - 从管道读取第一行，如 printf \'%s\\n\' "$PW" | pnpm jixiao admin create --username li.wei；',
  '  - 或一次性的环境变量 JIXIAO_ADMIN_PASSWORD（用于自动部署，用完即删除）。',
  '密码至少 10 个字符，不能包含用户名，不能是常见密码。',
  '',
  '选项：',
  '  --username <用户名>     3 到 64 个字母、数字、点、下划线或连字符',
  '  --display-name <姓名>   显示的姓名（默认“系统管理员”）',
  '  -h, --help             显示本帮助',
  '',
  '退出码：0 已创建；2 用法错误、密码不合要求、已有管理员，或构建失败（原因见上方 API 的输出）',
);

const HINT = '原因见上方的输出；使用 PostgreSQL 时检查 DATABASE_URL';

/** `jixiao admin create`, running the API's `admin` script with `spawner` (tests inject one that records). */
export function createAdminCommand(spawner: Spawner): Command {
  return {
    name: 'admin',
    summary: '创建第一个系统管理员（写入 API 的数据库，密码不回显）',
    help: HELP,
    async run(args, io) {
      const parsed = parseCommandArgs('admin', args, { positionals: ['create'], strings: ['username', 'display-name'] });
      if (parsed.positionals[0] !== 'create') throw usageError('admin', `未知的子命令“${parsed.positionals[0] ?? ''}”，可用：create`);
      const username = parsed.strings.get('username');
      if (username === undefined) throw usageError('admin', '缺少选项 --username <用户名>');
      const displayName = parsed.strings.get('display-name');
      await requireApi('admin');
      io.stderr(lines('正在构建 API（已是最新时很快）…'));
      await runApiStep(spawner, 'API 构建', API_BUILD, HINT);
      const script = ['create', '--username', username, ...(displayName === undefined ? [] : ['--display-name', displayName])];
      await runApiStep(spawner, '创建管理员', apiScript('admin', script), HINT);
      return EXIT.ok;
    },
  };
}

export const adminCommand = createAdminCommand(inheritStdioSpawner);
