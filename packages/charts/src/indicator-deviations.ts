import { signedPercentText } from './format.js';
import type { DeviationChartOption } from './option-types.js';
import { FONT_FAMILY, PALETTE } from './palette.js';

/** One indicator's 偏差率 = (实际 − 目标) ÷ 目标, in percent, computed exactly by the caller. */
export interface IndicatorDeviationInput {
  readonly name: string;
  readonly deviationRate: number;
  /**
   * Whether the deviation lies on the bad side (under a ≥ target, over a ≤ cap), as the core's
   * deviation says: the chart cannot tell from the sign alone, since for costs "over" is bad.
   */
  readonly bad: boolean;
}

export interface IndicatorDeviationsInput {
  readonly title?: string;
  readonly items: readonly IndicatorDeviationInput[];
}

/** A diverging horizontal bar of deviation rates: right of zero over target, left under; red when bad. */
export function indicatorDeviations(input: IndicatorDeviationsInput): DeviationChartOption {
  // echarts draws the first category at the bottom; reverse so the list reads top-down as given.
  const items = [...input.items].reverse();
  // Room left of the longest negative bar for its label, so it does not run into the names.
  const values = items.map((i) => i.deviationRate).filter(Number.isFinite);
  const lowest = Math.min(0, ...values);
  const highest = Math.max(0, ...values);
  const pad = (highest - lowest) * 0.3;
  const xMin = lowest < 0 ? Math.floor((lowest - pad) / 50) * 50 : 0;
  const xMax = highest > 0 ? Math.ceil((highest + pad) / 50) * 50 : 0;
  return {
    textStyle: { fontFamily: FONT_FAMILY, color: PALETTE.text },
    title: { text: input.title ?? '绩效指标偏差率', left: 'center', textStyle: { fontSize: 16 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 16, right: 64, top: 56, bottom: 24, containLabel: true },
    xAxis: { type: 'value', min: xMin, max: xMax, axisLabel: { formatter: '{value}%' }, splitLine: { lineStyle: { type: 'dashed' } } },
    yAxis: { type: 'category', data: items.map((i) => i.name), axisTick: { show: false } },
    series: [
      {
        name: '偏差率',
        type: 'bar',
        barMaxWidth: 18,
        data: items.map((i) => ({
          value: i.deviationRate,
          itemStyle: { color: i.bad ? PALETTE.bad : PALETTE.good },
          label: { show: true, position: i.deviationRate < 0 ? 'left' : 'right', formatter: signedPercentText(i.deviationRate) },
        })),
        markLine: { silent: true, symbol: 'none', lineStyle: { color: PALETTE.reference }, data: [{ xAxis: 0 }], label: { show: false } },
      },
    ],
  };
}
