import { auditProject, scoreProject } from '@jixiao/core';
import { parseCommandArgs } from '../args/parse-command-args.js';
import { DOCUMENT_OPTIONS, documentOptions, documentOptionsHelp } from '../args/document-options.js';
import { lines } from '../cli-io.js';
import { usageError } from '../cli-error.js';
import { EXIT } from '../exit-codes.js';
import { fileSize } from '../format/file-size.js';
import { INPUT_FORMATS_HELP } from '../input/input-formats-help.js';
import { readProjectInput } from '../input/read-project-input.js';
import { writeOutputFile } from '../output/write-output-file.js';
import type { Command } from './command.js';
import { requireEvaluation } from './require-evaluation.js';

export const exportCommand: Command = {
  name: 'export',
  summary: '生成自评表（.xlsx）或绩效评价报告（.docx，含图表）',
  help: lines(
    '用法：jixiao export <file> --xlsx <out.xlsx> | --docx <out.docx> [--region-code <code> --region-name <name>] [--fiscal-year <year>]',
    '',
    '生成自评表（.xlsx：资金情况、绩效指标，得分与总分为报告所称的自评得分，按评分规则的重算结果另列在“重算对照”表）或',
    '绩效评价报告（.docx：一、项目概况 … 六、项目评价工作情况，评分表、审计发现与图表）。',
    '文中每个数字都由数据计算得出。两个选项可同时给出。',
    '',
    INPUT_FORMATS_HELP,
    '',
    '选项：',
    '  --xlsx <out.xlsx>     写入自评表',
    '  --docx <out.docx>     写入绩效评价报告',
    ...documentOptionsHelp(20),
    '  -h, --help            显示本帮助',
    '',
    '退出码：0 成功；2 文件无法读取、没有评价部分、无法写入或用法错误',
  ),
  async run(args, io) {
    const parsed = parseCommandArgs('export', args, { positionals: ['<file>'], strings: ['xlsx', 'docx', ...DOCUMENT_OPTIONS] });
    const [file = ''] = parsed.positionals;
    const xlsx = parsed.strings.get('xlsx');
    const docx = parsed.strings.get('docx');
    if (xlsx === undefined && docx === undefined) throw usageError('export', '请用 --xlsx <out.xlsx> 或 --docx <out.docx> 指定要生成的文件');
    const input = await readProjectInput(file, io, documentOptions('export', parsed));
    const card = requireEvaluation(scoreProject(input.project), input, '生成自评表或评价报告');
    // Loaded on demand: the documents package (Excel, Word, charts) takes about a second to import.
    const documents = await import('@jixiao/documents');
    const written: string[] = [];
    if (xlsx !== undefined) {
      const bytes = await documents.exportSelfEvaluationSheet(input.project, card);
      await writeOutputFile(io, xlsx, bytes);
      written.push(`已写入自评表：${xlsx}（${fileSize(bytes.byteLength)}）`);
    }
    if (docx !== undefined) {
      const audit = requireEvaluation(auditProject(input.project), input, '生成评价报告');
      const bytes = await documents.exportEvaluationReport(input.project, { card, audit, charts: true });
      await writeOutputFile(io, docx, bytes);
      written.push(`已写入绩效评价报告：${docx}（${fileSize(bytes.byteLength)}）`);
    }
    io.stdout(lines(...written));
    return EXIT.ok;
  },
};
