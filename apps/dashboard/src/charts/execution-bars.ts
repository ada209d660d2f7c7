import { FONT_FAMILY, PALETTE } from '@jixiao/charts';
import type { AlertColour } from '@jixiao/contract';
import { chartValue, formatPercent } from '../utils/decimal-format';
import type { ChartTable } from './chart-table';
import { escapeHtml } from './escape-html';
import type { ChartOption } from './types';

/** Alert colours as drawn; the bars also carry the rate as text, and the legend-free chart a title. */
export const ALERT_COLOURS: Readonly<Record<AlertColour, string>> = {
  red: PALETTE.bad,
  amber: '#d98a00',
  green: PALETTE.good,
  blue: PALETTE.primary,
};

export interface ExecutionBarInput {
  readonly name: string;
  /** Percent as the API's decimal string; null when nothing was received. */
  readonly executionPercent: string | null;
  readonly alertColour: AlertColour | null;
  /** The alert's word (红/黄/绿/蓝) shown beside the rate, so colour is never the only signal. */
  readonly alertLabel: string;
  /** 实际到位 and 实际支出 as shown on the page (e.g. "1,234.56万元"), for the tooltip and the table. */
  readonly received: string;
  readonly spent: string;
}

export interface ExecutionBarsLabels {
  readonly name: string;
  readonly executionRate: string;
  readonly timeProgress: string;
  readonly received: string;
  readonly spent: string;
}

export interface ExecutionBarsInput {
  readonly items: readonly ExecutionBarInput[];
  /** 序时进度 in percent, drawn as a vertical reference line. */
  readonly timeProgressPercent: string;
  readonly labels: ExecutionBarsLabels;
  /** A phone's width: shorter names on the axis. */
  readonly compact?: boolean;
}

const rateText = (item: ExecutionBarInput) => [formatPercent(item.executionPercent), item.alertLabel].filter(Boolean).join(' ');

/**
 * 预算执行率 per unit or region as horizontal bars, top-down in the order given (data index i is
 * items[i], for drill-down), with 序时进度 as a reference line. Names sit on the left axis and the
 * rates on a right axis: no text is ever drawn over a bar or crossed by the reference line.
 * Dashboard-only: the shared @jixiao/charts has the per-project monthly line, not this comparison.
 */
export function executionBars(input: ExecutionBarsInput): ChartOption {
  const { items, labels } = input;
  const progress = chartValue(input.timeProgressPercent) ?? 0;
  const highest = Math.max(100, progress, ...items.map((item) => chartValue(item.executionPercent) ?? 0));
  const progressText = `${labels.timeProgress} ${formatPercent(input.timeProgressPercent)}`;
  const category = { type: 'category' as const, inverse: true, axisTick: { show: false } };
  return {
    textStyle: { fontFamily: FONT_FAMILY, color: PALETTE.text },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        const item = items[first?.dataIndex ?? -1];
        if (!item) return '';
        return [
          `<strong>${escapeHtml(item.name)}</strong>`,
          `${labels.executionRate}：${escapeHtml(rateText(item) || '—')}`,
          progressText,
          `${labels.received}：${escapeHtml(item.received)}`,
          `${labels.spent}：${escapeHtml(item.spent)}`,
        ].join('<br/>');
      },
    },
    grid: { left: 8, right: 8, top: 28, bottom: 28, containLabel: true },
    xAxis: { type: 'value', min: 0, max: Math.ceil(highest / 10) * 10, axisLabel: { formatter: '{value}%' } },
    yAxis: [
      { ...category, data: items.map((item) => item.name), axisLabel: { width: input.compact ? 84 : 150, overflow: 'truncate' } },
      { ...category, position: 'right', axisLine: { show: false }, data: items.map((item) => rateText(item) || '—'), axisLabel: { color: PALETTE.text } },
    ],
    series: [
      {
        name: labels.executionRate,
        type: 'bar',
        yAxisIndex: 0,
        barMaxWidth: 16,
        data: items.map((item) => ({
          value: chartValue(item.executionPercent) ?? 0,
          itemStyle: { color: item.alertColour ? ALERT_COLOURS[item.alertColour] : PALETTE.reference },
        })),
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: PALETTE.text, type: 'dashed', width: 1.5 },
          label: { formatter: progressText, position: 'end' },
          data: [{ xAxis: progress }],
        },
      },
    ],
  };
}

/** The same figures as a table (screen readers, print). */
export function executionTable(input: ExecutionBarsInput): ChartTable {
  const { labels } = input;
  return {
    columns: [labels.name, labels.executionRate, labels.timeProgress, labels.received, labels.spent],
    rows: input.items.map((item) => [item.name, rateText(item) || '—', formatPercent(input.timeProgressPercent), item.received, item.spent]),
  };
}
