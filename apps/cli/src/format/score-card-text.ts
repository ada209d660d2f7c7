import { formatScore, type ProjectInfo, type ScoreCard } from '@jixiao/core';
import { renderTable } from '../render/table.js';
import { levelNames } from './labels.js';
import { projectHeader } from './project-header.js';

/** The score card as Chinese tables: dimensions, every indicator with its derivation, total and grade. */
export function scoreCardText(info: ProjectInfo, card: ScoreCard): string[] {
  const dimensions = renderTable(
    [{ header: '一级指标' }, { header: '分值', align: 'right' }, { header: '得分', align: 'right' }],
    [
      ...card.dimensions.map((d) => [d.name, formatScore(d.weight), formatScore(d.score)]),
      ['合计', formatScore(card.totalWeight), formatScore(card.totalScore)],
    ],
  );
  const indicators = renderTable(
    [
      { header: '一级' },
      { header: '二级' },
      { header: '三级指标' },
      { header: '指标值' },
      { header: '实际完成值' },
      { header: '分值', align: 'right' },
      { header: '得分', align: 'right' },
      { header: '计分依据' },
    ],
    card.indicators.map(({ indicator, score, derivation }) => {
      const names = levelNames(card.framework, indicator.level1, indicator.level2);
      return [
        names.level1,
        names.level2,
        indicator.name,
        indicator.targetText ?? '',
        indicator.actualText ?? '',
        formatScore(indicator.weight),
        formatScore(score),
        derivation,
      ];
    }),
  );
  const unscored =
    card.unscored.length === 0 ? [] : ['', `注意：${card.unscored.length} 项指标未能计分，按 0 分计入（原因见“计分依据”）：${card.unscored.map((s) => s.indicator.name).join('、')}`];
  return [
    ...projectHeader(info, card.framework),
    '',
    ...dimensions,
    '',
    ...indicators,
    ...unscored,
    '',
    `总分 ${formatScore(card.totalScore)}  评级 ${card.grade.label}`,
  ];
}
