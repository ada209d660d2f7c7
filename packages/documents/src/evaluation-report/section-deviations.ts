import { Decimal, formatPercent, formatScore, indicatorDeviation } from '@jixiao/core';
import type { FileChild } from 'docx';
import { body, caption, heading1, heading2, image, table, type CellInput } from './docx-parts.js';
import { SEVERITY_LABELS, type ReportContext } from './report-context.js';

/** 五、其他需要说明的问题: deviations with the unit's reasons, and what the consistency audit found. */
export function deviationsSection({ card, audit, charts }: ReportContext): FileChild[] {
  const rows: CellInput[][] = [];
  for (const scored of card.indicators) {
    const { indicator } = scored;
    const deviation = indicatorDeviation(indicator);
    const offTarget = deviation.kind === 'quantitative' ? deviation.direction !== 'onTarget' : deviation.kind === 'date' ? deviation.direction !== 'onTime' : false;
    const lost = scored.score.lt(indicator.weight);
    if (!offTarget && !lost && !indicator.deviationReason) continue;
    const rate = deviation.kind === 'quantitative' && deviation.deviationRate ? signed(formatPercent(deviation.deviationRate)) : deviation.kind === 'date' ? `${deviation.days > 0 ? '延后' : '提前'}${Math.abs(deviation.days)}天` : '—';
    rows.push([
      { text: indicator.name, align: 'left' },
      indicator.targetText ?? '',
      indicator.actualText ?? '',
      rate,
      `${formatScore(scored.score)} / ${formatScore(indicator.weight)}`,
      { text: indicator.deviationReason ?? '未说明', align: 'left' },
    ]);
  }
  const children: FileChild[] = [heading1('五、其他需要说明的问题'), heading2('（一）绩效指标偏差情况及原因')];
  if (rows.length === 0) children.push(body('各项指标均与年度指标值一致，无偏差。'));
  else children.push(table(['三级指标', '年度指标值', '实际完成值', '偏差率', '得分/分值', '偏差原因分析及改进措施'], rows, [1900, 1100, 1100, 1000, 1100, 2800]));
  if (charts.deviations) children.push(image(charts.deviations, 560, 368, '绩效指标偏差率'), caption('图3 绩效指标偏差率（红色为不利方向）'));

  children.push(heading2('（二）复核发现的问题'));
  const counts = (['error', 'warning', 'info'] as const).map((s) => `${SEVERITY_LABELS[s]}${audit.findings.filter((f) => f.severity === s).length}项`).join('、');
  if (audit.findings.length === 0) children.push(body('一致性复核未发现问题。'));
  else {
    children.push(body(`一致性复核共发现${audit.findings.length}项问题（${counts}）：`));
    audit.findings.forEach((f, i) => children.push(body(`${i + 1}.【${SEVERITY_LABELS[f.severity]}】${f.message}（位置：${f.path}）`)));
  }
  return children;
}

function signed(percent: string): string {
  return percent.startsWith('-') || Decimal.tryParse(percent.replace('%', ''))?.isZero() ? percent : `+${percent}`;
}
