import { BUILT_IN_FRAMEWORKS, formatScore, type EvaluationFramework } from '@jixiao/core';
import { parseCommandArgs } from '../args/parse-command-args.js';
import { lines } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';
import { EVALUATION_KIND_LABELS } from '../format/labels.js';
import { renderTable } from '../render/table.js';
import type { Command } from './command.js';

export const frameworksCommand: Command = {
  name: 'frameworks',
  summary: '列出内置评价体系及其一级、二级指标与分值',
  help: lines(
    '用法：jixiao frameworks',
    '',
    '列出内置评价体系：id（用于项目文件的 evaluation.framework 和 score --framework）、',
    '名称、类型、依据，以及一级指标的分值和其下的二级指标。',
    '',
    '选项：',
    '  -h, --help  显示本帮助',
  ),
  async run(args, io) {
    parseCommandArgs('frameworks', args, { positionals: [] });
    io.stdout(lines(...BUILT_IN_FRAMEWORKS.flatMap((framework, i) => [...(i === 0 ? [] : ['']), ...frameworkLines(framework)])));
    return EXIT.ok;
  },
};

function frameworkLines(framework: EvaluationFramework): string[] {
  return [
    `${framework.id}  ${framework.name}`,
    `类型：${EVALUATION_KIND_LABELS[framework.kind]}    总分：${framework.totalWeight.toString()}    依据：${framework.basis}`,
    ...renderTable(
      [{ header: '一级指标' }, { header: '分值', align: 'right' }, { header: '二级指标' }],
      framework.dimensions.map((d) => [
        d.name,
        formatScore(d.weight),
        d.groups.map((g) => (g.weight === undefined ? g.name : `${g.name}（${formatScore(g.weight)}）`)).join('、'),
      ]),
    ).map((line) => `  ${line}`),
  ];
}
