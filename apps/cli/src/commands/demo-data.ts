import { parseCommandArgs } from '../args/parse-command-args.js';
import { lines } from '../cli-io.js';
import { usageError } from '../cli-error.js';
import { EXIT } from '../exit-codes.js';
import { inheritStdioSpawner, type Spawner } from '../process/spawner.js';
import { API_BUILD, apiScript, requireApi, runApiStep } from './api-script.js';
import type { Command } from './command.js';

const HINT = '原因见上方的输出；数据库已有数据时加 --reset，使用 PostgreSQL 时检查 DATABASE_URL';

const HELP = lines(
  '用法：jixiao demo-data --projects <N> [--seed <S>] [--reset]',
  '',
  '生成演示数据（示例项目、N 个合成项目及其月度支付、各角色演示用户）并写入 API 的数据库：',
  '默认为 apps/api/data 下的 PGlite，设置了 DATABASE_URL 时为该 PostgreSQL。同一 --seed 总是',
  '生成同样的数据。数据库须为空，或加 --reset 清空后重写。',
  '',
  '数据由 API 负责写入：本命令先构建 API（turbo，已构建时很快），再运行',
  'pnpm --filter @jixiao/api run demo-data，并显示其进度条。须在 Jixiao 源码仓库中运行。',
  '',
  '选项：',
  '  --projects <N>  合成项目的数量（非负整数）',
  '  --seed <S>      随机种子（整数，默认由 API 决定）',
  '  --reset         先清空数据库中的全部数据',
  '  -h, --help      显示本帮助',
  '',
  '退出码：0 成功；2 用法错误，或构建、写入失败（原因见上方 API 的输出）',
);

/** `jixiao demo-data`, running its children with `spawner` (tests inject one that records the commands). */
export function createDemoDataCommand(spawner: Spawner): Command {
  return {
    name: 'demo-data',
    summary: '生成演示数据并写入 API 的数据库（PGlite 或 DATABASE_URL）',
    help: HELP,
    async run(args, io) {
      const parsed = parseCommandArgs('demo-data', args, { positionals: [], flags: ['reset'], strings: ['projects', 'seed'] });
      const projects = parsed.strings.get('projects');
      const seed = parsed.strings.get('seed');
      if (projects === undefined) throw usageError('demo-data', '缺少选项 --projects <N>');
      if (!/^\d+$/.test(projects)) throw usageError('demo-data', `--projects 应为非负整数，却是“${projects}”`);
      if (seed !== undefined && !/^-?\d+$/.test(seed)) throw usageError('demo-data', `--seed 应为整数，却是“${seed}”`);
      await requireApi('demo-data');
      const script = ['--projects', projects, ...(seed === undefined ? [] : ['--seed', seed]), ...(parsed.flags.has('reset') ? ['--reset'] : [])];
      io.stderr(lines('正在构建 API（已是最新时很快）…'));
      await runApiStep(spawner, 'API 构建', API_BUILD, HINT);
      await runApiStep(spawner, '演示数据写入', apiScript('demo-data', script), HINT);
      return EXIT.ok;
    },
  };
}

export const demoDataCommand = createDemoDataCommand(inheritStdioSpawner);
