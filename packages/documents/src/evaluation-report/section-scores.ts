import { formatScore, type DimensionScore } from '@jixiao/core';
import type { FileChild } from 'docx';
import { body, caption, heading1, heading2, image, table, type CellInput } from './docx-parts.js';
import type { ReportContext } from './report-context.js';

/**
 * 四、项目绩效情况: the scoring table by dimension — every indicator's 分值, 得分 and the rule's
 * derivation, subtotals and the total — then the score chart and the claimed-vs-recomputed table.
 */
export function scoresSection({ card, audit, charts }: ReportContext): FileChild[] {
  const rows: CellInput[][] = [];
  for (const dimension of card.dimensions) rows.push(...dimensionRows(dimension));
  rows.push([{ text: '总分', columnSpan: 5, bold: true }, { text: formatScore(card.totalWeight), bold: true }, { text: formatScore(card.totalScore), bold: true }, { text: `评级：${card.grade.label}`, bold: true }]);

  const children: FileChild[] = [
    heading1('四、项目绩效情况'),
    heading2('（一）评分结果'),
    body(`按“${card.framework.name}”逐项复核，本项目${card.indicators.length}项三级指标合计得分${formatScore(card.totalScore)}分，评级为“${card.grade.label}”。各项指标分值、得分及计算过程如下：`),
    table(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '评分依据'], rows, [700, 800, 1700, 1000, 1000, 600, 600, 2600]),
  ];
  if (charts.scores) children.push(image(charts.scores, 560, 315, '各一级指标分值与得分'), caption('图2 各一级指标分值与得分'));

  children.push(heading2('（二）报告自评得分与复核得分对比'));
  const claimedTotal = audit.claimed.totalScore;
  const compare: CellInput[][] = audit.recomputed.dimensions.map((d) => {
    const claimed = audit.claimed.dimensions.find((c) => c.id === d.id)?.score;
    const weight = card.dimensions.find((c) => c.id === d.id)?.weight;
    return [d.name, weight ? formatScore(weight) : '', claimed ? formatScore(claimed) : '未填报', d.score ? formatScore(d.score) : '', claimed && d.score ? formatScore(claimed.minus(d.score)) : '—'];
  });
  compare.push([
    { text: '总分', bold: true },
    formatScore(card.totalWeight),
    claimedTotal ? formatScore(claimedTotal) : '未填报',
    formatScore(card.totalScore),
    claimedTotal ? formatScore(claimedTotal.minus(card.totalScore)) : '—',
  ]);
  compare.push([{ text: '评级', bold: true }, '', audit.claimed.grade ?? '未填报', audit.recomputed.grade ?? '', '']);
  children.push(table(['一级指标', '分值', '报告自评', '复核重算', '差异'], compare, [2200, 1500, 1800, 1800, 1700]));
  return children;
}

/** One dimension: its indicators under merged 一级/二级 cells, then a 小计 row. */
function dimensionRows(dimension: DimensionScore): CellInput[][] {
  const rows: CellInput[][] = [];
  const groups = dimension.groups.filter((g) => g.indicators.length > 0);
  const dimensionSize = groups.reduce((n, g) => n + g.indicators.length, 0);
  groups.forEach((group, gi) => {
    group.indicators.forEach((scored, ii) => {
      const row: CellInput[] = [];
      if (gi === 0 && ii === 0) row.push({ text: dimension.name, rowSpan: dimensionSize });
      if (ii === 0) row.push({ text: group.name, rowSpan: group.indicators.length });
      const { indicator } = scored;
      row.push(
        { text: indicator.name, align: 'left' },
        indicator.targetText ?? '',
        indicator.actualText ?? '',
        formatScore(indicator.weight),
        formatScore(scored.score),
        { text: scored.derivation, align: 'left' },
      );
      rows.push(row);
    });
  });
  if (dimensionSize > 0) rows.push([{ text: `${dimension.name}小计`, columnSpan: 5, bold: true }, { text: formatScore(dimension.weight), bold: true }, { text: formatScore(dimension.score), bold: true }, '']);
  return rows;
}
