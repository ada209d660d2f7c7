import type { CliIo } from './cli-io.js';
import { CliError } from './cli-error.js';
import type { Command } from './commands/command.js';
import { COMMANDS } from './commands/index.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { mainHelp } from './main-help.js';

const HELP_FLAGS: readonly string[] = ['--help', '-h'];

/**
 * Runs `jixiao <argv>` and answers the exit code. Never throws: user mistakes print a Chinese
 * message (exit 2), anything else is a defect reported without a stack unless `io.debug`.
 */
export async function run(argv: readonly string[], io: CliIo, commands: readonly Command[] = COMMANDS): Promise<ExitCode> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.stderr(mainHelp(commands));
    return EXIT.badInput;
  }
  if (HELP_FLAGS.includes(name) || name === 'help') return help(commands, args[0], io);
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`错误：未知命令“${name}”，可用命令：${commands.map((c) => c.name).join('、')}\n提示：运行 jixiao --help 查看用法\n`);
    return EXIT.badInput;
  }
  if (args.some((arg) => HELP_FLAGS.includes(arg))) {
    io.stdout(command.help);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    return report(error, io);
  }
}

/** `jixiao help [command]`. */
function help(commands: readonly Command[], name: string | undefined, io: CliIo): ExitCode {
  const command = commands.find((c) => c.name === name);
  io.stdout(command ? command.help : mainHelp(commands));
  return EXIT.ok;
}

function report(error: unknown, io: CliIo): ExitCode {
  if (error instanceof CliError) {
    const text = [`错误：${error.message}`, ...error.details.map((d) => `  ${d}`), ...(error.hint ? [`提示：${error.hint}`] : [])];
    io.stderr(`${text.join('\n')}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`内部错误：${message}\n这是 jixiao 的缺陷而不是您的数据的问题，请附上输入文件报告；设置 JIXIAO_DEBUG=1 可显示调用栈。\n`);
  if (io.debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return EXIT.internal;
}
