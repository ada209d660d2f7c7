import { auditProject } from '@jixiao/core';
import { parseCommandArgs } from '../args/parse-command-args.js';
import { DOCUMENT_OPTIONS, documentOptions, documentOptionsHelp } from '../args/document-options.js';
import { lines } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';
import { auditJson } from '../format/audit-json.js';
import { auditText } from '../format/audit-text.js';
import { jsonText } from '../format/json-number.js';
import { INPUT_FORMATS_HELP } from '../input/input-formats-help.js';
import { readProjectInput } from '../input/read-project-input.js';
import type { Command } from './command.js';
import { requireEvaluation } from './require-evaluation.js';

export const auditCommand: Command = {
  name: 'audit',
  summary: '一致性审计：按规则重算，与报告所称得分、总分、评级和表述逐项比对',
  help: lines(
    '用法：jixiao audit <file> [--json] [--region-code <code> --region-name <name>] [--fiscal-year <year>]',
    '',
    '重新计算评价得分，并与文件中报告所称的得分、小计、总分、评级和文字表述比对，列出',
    '每一处不一致（错误 / 警告 / 提示），附问题代码、位置、报告所称值与计算值。',
    '',
    INPUT_FORMATS_HELP,
    '',
    '选项：',
    '  --json                输出 JSON（格式见 docs/cli.md），含未能读入的内容（unplaced）',
    ...documentOptionsHelp(20),
    '  -h, --help            显示本帮助',
    '',
    '退出码：0 没有“错误”级问题；1 有“错误”级问题；2 文件无法读取、格式错误或用法错误',
  ),
  async run(args, io) {
    const parsed = parseCommandArgs('audit', args, { positionals: ['<file>'], flags: ['json'], strings: DOCUMENT_OPTIONS });
    const [file = ''] = parsed.positionals;
    const input = await readProjectInput(file, io, documentOptions('audit', parsed));
    const report = requireEvaluation(auditProject(input.project), input, '审计');
    io.stdout(parsed.flags.has('json') ? jsonText(auditJson(report, input.unplaced)) : lines(...auditText(input.project.info, report)));
    return report.findings.some((f) => f.severity === 'error') ? EXIT.errorFindings : EXIT.ok;
  },
};
