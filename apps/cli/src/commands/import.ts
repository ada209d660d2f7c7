import { resolve } from 'node:path';
import { parseCommandArgs } from '../args/parse-command-args.js';
import { DOCUMENT_OPTIONS, documentOptions, documentOptionsHelp } from '../args/document-options.js';
import { lines } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';
import { fileSize } from '../format/file-size.js';
import { jsonText } from '../format/json-number.js';
import { INPUT_FORMATS_HELP } from '../input/input-formats-help.js';
import { readProjectInput } from '../input/read-project-input.js';
import { schemaReference, withSchemaReference } from '../output/schema-reference.js';
import { writeOutputFile } from '../output/write-output-file.js';
import type { Command } from './command.js';

export const importCommand: Command = {
  name: 'import',
  summary: '导入自评表或评价报告，转为项目文件（JSON）',
  help: lines(
    '用法：jixiao import <file> [--out <project.json>] [--region-code <code> --region-name <name>] [--fiscal-year <year>]',
    '',
    '读取自评表或评价报告（含报告所称的得分），校验后输出项目文件 JSON；未能读入的内容',
    '逐条列在标准错误输出上。写入仓库内的文件时附 "$schema"（指向 packages/core/project-file.schema.json）。',
    '',
    INPUT_FORMATS_HELP,
    '',
    '选项：',
    '  --out <project.json>  写入文件而不是输出到屏幕',
    ...documentOptionsHelp(20),
    '  -h, --help            显示本帮助',
    '',
    '退出码：0 成功；2 文件无法读取、格式错误、无法写入或用法错误',
  ),
  async run(args, io) {
    const parsed = parseCommandArgs('import', args, { positionals: ['<file>'], strings: ['out', ...DOCUMENT_OPTIONS] });
    const [file = ''] = parsed.positionals;
    const input = await readProjectInput(file, io, documentOptions('import', parsed));
    const out = parsed.strings.get('out');
    if (out === undefined) {
      io.stdout(jsonText(withSchemaReference(input.json, undefined)));
      return EXIT.ok;
    }
    const text = jsonText(withSchemaReference(input.json, schemaReference(resolve(io.cwd, out))));
    await writeOutputFile(io, out, text);
    const count = input.project.evaluation?.indicators.length;
    const summary = [fileSize(Buffer.byteLength(text)), ...(count === undefined ? [] : [`${count} 项指标`]), ...(input.unplaced.length > 0 ? [`${input.unplaced.length} 处内容未能读入`] : [])];
    io.stdout(lines(`已写入项目文件：${out}（${summary.join('，')}）`));
    return EXIT.ok;
  },
};
