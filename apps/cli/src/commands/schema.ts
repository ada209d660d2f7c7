import { projectFileJsonSchema } from '@jixiao/core';
import { parseCommandArgs } from '../args/parse-command-args.js';
import { lines } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';
import { jsonText } from '../format/json-number.js';
import { writeOutputFile } from '../output/write-output-file.js';
import type { Command } from './command.js';

export const schemaCommand: Command = {
  name: 'schema',
  summary: '输出项目文件的 JSON Schema',
  help: lines(
    '用法：jixiao schema [--out <file>]',
    '',
    '输出项目文件（项目绩效数据文件）格式的 JSON Schema（draft 2020-12），',
    '可供编辑器补全与校验：在项目文件中写 "$schema": "<schema 文件路径>"。',
    '',
    '选项：',
    '  --out <file>  写入文件而不是输出到屏幕',
    '  -h, --help    显示本帮助',
    '',
    '退出码：0 成功；2 无法写入或用法错误',
  ),
  async run(args, io) {
    const parsed = parseCommandArgs('schema', args, { positionals: [], strings: ['out'] });
    const text = jsonText(projectFileJsonSchema());
    const out = parsed.strings.get('out');
    if (out === undefined) {
      io.stdout(text);
      return EXIT.ok;
    }
    await writeOutputFile(io, out, text);
    io.stdout(lines(`已写入 JSON Schema：${out}`));
    return EXIT.ok;
  },
};
