import { lines } from './cli-io.js';
import type { Command } from './commands/command.js';
import { padToWidth } from './render/display-width.js';

/** `jixiao --help`: what the tool is and the command list. */
export function mainHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return lines(
    'jixiao — 项目支出绩效评价（绩效）命令行工具',
    '',
    '用法：jixiao <命令> [参数] [选项]',
    '',
    '命令：',
    ...commands.map((c) => `  ${padToWidth(c.name, width)}  ${c.summary}`),
    '',
    '运行 jixiao <命令> --help 查看各命令的用法与选项。',
    '退出码：0 成功；1 审计发现“错误”级问题；2 输入无法读取、格式错误或用法错误；3 程序内部错误。',
    '设置 JIXIAO_DEBUG=1 可在内部错误时显示调用栈。',
  );
}
