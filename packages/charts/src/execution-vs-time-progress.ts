import { percentText, wanYuanText } from './format.js';
import type { ExecutionChartOption } from './option-types.js';
import { FONT_FAMILY, PALETTE } from './palette.js';

/** One month-end of the fiscal year. Rates are percentages (91.02 means 91.02%), computed by the caller. */
export interface ExecutionPointInput {
  /** 1–12 */
  readonly month: number;
  /** Cumulative 预算执行率 at month end, in percent; null when unknown (nothing received yet). */
  readonly executionRate: number | null;
  /** 序时进度 at month end, in percent. */
  readonly timeProgress: number;
  /** Cumulative spending in 万元, for the tooltip, when the caller has it. */
  readonly cumulativeSpentWanYuan?: number;
}

export interface ExecutionVsTimeProgressInput {
  readonly title?: string;
  readonly points: readonly ExecutionPointInput[];
}

/**
 * 预算执行率 (cumulative, by month) against 序时进度: the 双监控 picture of 财预〔2019〕136号. Points
 * carry their labels pre-formatted so the option stays plain data (serialisable, SSR-safe).
 */
export function executionVsTimeProgress(input: ExecutionVsTimeProgressInput): ExecutionChartOption {
  const points = [...input.points].sort((a, b) => a.month - b.month);
  const last = points.length - 1;
  // The axis reaches 100% at least and grows past it in steps of 10 when spending overshoots.
  const highest = Math.max(100, ...points.map((p) => p.executionRate ?? 0).filter(Number.isFinite));
  const yMax = Math.ceil(highest / 10) * 10;
  return {
    textStyle: { fontFamily: FONT_FAMILY, color: PALETTE.text },
    title: { text: input.title ?? '预算执行率与序时进度', left: 'center', textStyle: { fontSize: 16 } },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, data: ['预算执行率', '序时进度'] },
    grid: { left: 56, right: 32, top: 56, bottom: 48 },
    xAxis: { type: 'category', boundaryGap: false, data: points.map((p) => `${p.month}月`) },
    yAxis: { type: 'value', min: 0, max: yMax, axisLabel: { formatter: '{value}%' } },
    series: [
      {
        name: '预算执行率',
        type: 'line',
        color: PALETTE.primary,
        symbolSize: 6,
        data: points.map((p, index) => ({
          value: p.executionRate,
          name: p.cumulativeSpentWanYuan === undefined ? `${p.month}月` : `${p.month}月 累计支出${wanYuanText(p.cumulativeSpentWanYuan)}`,
          // Only the year-end value is labelled: twelve labels would collide with the reference line.
          label: { show: index === last && p.executionRate !== null, formatter: p.executionRate === null ? '' : percentText(p.executionRate), position: 'top' },
        })),
      },
      {
        name: '序时进度',
        type: 'line',
        color: PALETTE.reference,
        // One point (a report that states only the year end) has no line to draw: show its mark.
        symbol: points.length > 1 ? 'none' : 'emptyCircle',
        lineStyle: { type: 'dashed' },
        data: points.map((p, index) => ({
          value: p.timeProgress,
          label: { show: index === last, formatter: percentText(p.timeProgress), position: 'bottom', color: PALETTE.reference },
        })),
      },
    ],
  };
}
