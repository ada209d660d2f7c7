import { FONT_FAMILY, PALETTE } from '@jixiao/charts';
import type { AlertColour } from '@jixiao/contract';
import { chartValue, formatPercent } from '../utils/decimal-format';
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
}

export interface ExecutionBarsInput {
  readonly items: readonly ExecutionBarInput[];
  /** 序时进度 in percent, drawn as a vertical reference line. */
  readonly timeProgressPercent: string;
  readonly timeProgressLabel: string;
  readonly seriesName: string;
}

/**
 * 预算执行率 per unit or region as horizontal bars (long Chinese unit names read best on the
 * category axis), with 序时进度 as a reference line. Dashboard-only: the shared @jixiao/charts
 * has the per-project monthly line, not this comparison across units.
 */
export function executionBars(input: ExecutionBarsInput): ChartOption {
  // ECharts draws the first category at the bottom; reversed, the list reads top-down as given.
  const items = [...input.items].reverse();
  const progress = chartValue(input.timeProgressPercent) ?? 0;
  const highest = Math.max(100, progress, ...items.map((item) => chartValue(item.executionPercent) ?? 0));
  return {
    textStyle: { fontFamily: FONT_FAMILY, color: PALETTE.text },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 96, top: 28, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: Math.ceil(highest / 10) * 10, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: items.map((item) => item.name), axisTick: { show: false }, axisLabel: { width: 150, overflow: 'truncate' } },
    series: [
      {
        name: input.seriesName,
        type: 'bar',
        barMaxWidth: 16,
        data: items.map((item) => ({
          value: chartValue(item.executionPercent) ?? 0,
          itemStyle: { color: item.alertColour ? ALERT_COLOURS[item.alertColour] : PALETTE.reference },
          label: { show: true, position: 'right', formatter: [formatPercent(item.executionPercent), item.alertLabel].filter(Boolean).join(' ') },
        })),
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: PALETTE.text, type: 'dashed', width: 1.5 },
          label: { formatter: `${input.timeProgressLabel} ${formatPercent(input.timeProgressPercent)}`, position: 'end' },
          data: [{ xAxis: progress }],
        },
      },
    ],
  };
}
