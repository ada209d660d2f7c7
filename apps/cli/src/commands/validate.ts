import { validateFramework, validateIndicatorWeights, type WeightIssue } from '@jixiao/core';
import { parseCommandArgs } from '../args/parse-command-args.js';
import { DOCUMENT_OPTIONS, documentOptions, documentOptionsHelp } from '../args/document-options.js';
import { lines } from '../cli-io.js';
import { CliError } from '../cli-error.js';
import { EXIT } from '../exit-codes.js';
import { INPUT_FORMATS_HELP } from '../input/input-formats-help.js';
import { readProjectInput } from '../input/read-project-input.js';
import type { Command } from './command.js';

export const validateCommand: Command = {
  name: 'validate',
  summary: '校验项目文件：格式（JSON Schema）、评价体系与各级分值',
  help: lines(
    '用法：jixiao validate <file> [--region-code <code> --region-name <name>] [--fiscal-year <year>]',
    '',
    '只做校验，不计分：文件是否符合项目文件格式（jixiao schema），指标是否属于评价体系，',
    '评价体系的分值是否合计为总分，各一级、二级指标下的三级指标分值是否合计正确。',
    '',
    INPUT_FORMATS_HELP,
    '',
    '选项：',
    ...documentOptionsHelp(20),
    '  -h, --help            显示本帮助',
    '',
    '退出码：0 校验通过；2 有问题（逐条列出）或文件无法读取',
  ),
  async run(args, io) {
    const parsed = parseCommandArgs('validate', args, { positionals: ['<file>'], strings: DOCUMENT_OPTIONS });
    const [file = ''] = parsed.positionals;
    const { project } = await readProjectInput(file, io, documentOptions('validate', parsed));
    const { evaluation } = project;
    const issues = evaluation ? [...validateFramework(evaluation.framework), ...validateIndicatorWeights(evaluation.framework, evaluation.indicators)] : [];
    if (issues.length > 0) {
      throw new CliError(`${file} 校验未通过（${issues.length} 处问题）：`, issues.map((issue) => `${issuePath(issue)}: ${issue.message}`));
    }
    io.stdout(
      lines(
        evaluation
          ? `校验通过：${file}（${evaluation.indicators.length} 项指标，评价体系 ${evaluation.framework.id}）`
          : `校验通过：${file}（文件没有评价部分，只校验了项目与预算）`,
      ),
    );
    return EXIT.ok;
  },
};

/** Weight issues are relative to the evaluation; name them by their place in the project file, as the audit does. */
function issuePath(issue: WeightIssue): string {
  return issue.path.startsWith('indicators') ? `evaluation.${issue.path}` : `evaluation.framework.${issue.path}`;
}
