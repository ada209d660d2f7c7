import { BUILT_IN_FRAMEWORKS, builtInFramework, scoreProject } from '@jixiao/core';
import { parseCommandArgs } from '../args/parse-command-args.js';
import { DOCUMENT_OPTIONS, documentOptions, documentOptionsHelp } from '../args/document-options.js';
import { lines } from '../cli-io.js';
import { usageError } from '../cli-error.js';
import { EXIT } from '../exit-codes.js';
import { jsonText } from '../format/json-number.js';
import { scoreCardJson } from '../format/score-card-json.js';
import { scoreCardText } from '../format/score-card-text.js';
import { INPUT_FORMATS_HELP } from '../input/input-formats-help.js';
import { readProjectInput } from '../input/read-project-input.js';
import type { Command } from './command.js';
import { requireEvaluation } from './require-evaluation.js';

export const scoreCommand: Command = {
  name: 'score',
  summary: '评分表：按评分规则计算各级指标得分、计分依据、总分与评级',
  help: lines(
    '用法：jixiao score <file> [--framework <id>] [--json] [--region-code <code> --region-name <name>] [--fiscal-year <year>]',
    '',
    '按评价体系的评分规则重新计算项目的评分表：一级指标的分值与得分，每个三级指标的',
    '指标值、实际完成值、得分和计分依据，以及总分与评级。',
    '',
    INPUT_FORMATS_HELP,
    '',
    '选项：',
    '  --framework <id>      用内置评价体系代替文件中的评价体系（jixiao frameworks 列出可用的 id）',
    '  --json                输出 JSON（格式见 docs/cli.md）',
    ...documentOptionsHelp(20),
    '  -h, --help            显示本帮助',
    '',
    '退出码：0 成功；2 文件无法读取、格式错误或用法错误',
  ),
  async run(args, io) {
    const parsed = parseCommandArgs('score', args, { positionals: ['<file>'], flags: ['json'], strings: ['framework', ...DOCUMENT_OPTIONS] });
    const [file = ''] = parsed.positionals;
    const framework = parsed.strings.get('framework');
    if (framework !== undefined && !builtInFramework(framework)) {
      throw usageError('score', `未知的评价体系“${framework}”，可用：${BUILT_IN_FRAMEWORKS.map((f) => f.id).join('、')}`);
    }
    const input = await readProjectInput(file, io, { ...documentOptions('score', parsed), ...(framework === undefined ? {} : { framework }) });
    const card = requireEvaluation(scoreProject(input.project), input, '计分');
    io.stdout(parsed.flags.has('json') ? jsonText(scoreCardJson(card)) : lines(...scoreCardText(input.project.info, card)));
    return EXIT.ok;
  },
};
