import { FONT_FAMILY, PALETTE } from '@jixiao/charts';
import { chartValue, formatPercent } from '../utils/decimal-format';
import type { ChartTable } from './chart-table';
import type { ChartOption } from './types';

/** One month-end of a year's curve, as the API's `ExecutionPoint` gives it (percent decimals). */
export interface MonthlyRate {
  /** 1–12 */
  readonly month: number;
  /** Cumulative spent ÷ received at the month's end; null when nothing was received (or not yet reached). */
  readonly executionPercent: string | null;
  /** 序时进度 at the month's end. */
  readonly timeProgressPercent: string;
}

export interface YearOverYearInput {
  readonly current: { readonly name: string; readonly points: readonly MonthlyRate[] };
  readonly previous: { readonly name: string; readonly points: readonly MonthlyRate[] } | null;
  readonly timeProgressName: string;
}

/**
 * This year's monthly execution beside last year's and 序时进度: whether spending runs late as
 * usual or later than usual. (The shared executionVsTimeProgress draws one year of one project.)
 */
export function yearOverYearExecution(input: YearOverYearInput): ChartOption {
  const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
  const values = (points: readonly MonthlyRate[]) => months.map((_, i) => chartValue(points.find((p) => p.month === i + 1)?.executionPercent));
  return {
    textStyle: { fontFamily: FONT_FAMILY, color: PALETTE.text },
    tooltip: { trigger: 'axis', valueFormatter: (value) => (typeof value === 'number' ? `${value.toFixed(2)}%` : '—') },
    legend: { bottom: 0 },
    grid: { left: 48, right: 24, top: 24, bottom: 40 },
    xAxis: { type: 'category', boundaryGap: false, data: months },
    yAxis: { type: 'value', min: 0, max: ({ max }) => Math.max(100, Math.ceil(max / 10) * 10), axisLabel: { formatter: '{value}%' } },
    series: [
      { name: input.current.name, type: 'line', color: PALETTE.primary, symbolSize: 6, data: values(input.current.points), lineStyle: { width: 3 } },
      ...(input.previous
        ? [{ name: input.previous.name, type: 'line' as const, color: PALETTE.secondary, symbol: 'rect', symbolSize: 5, data: values(input.previous.points) }]
        : []),
      {
        name: input.timeProgressName,
        type: 'line',
        color: PALETTE.reference,
        symbol: 'none',
        lineStyle: { type: 'dashed' },
        data: months.map((_, i) => chartValue(input.current.points.find((p) => p.month === i + 1)?.timeProgressPercent)),
      },
    ],
  };
}

/** The curves as a table, one row per month (a month past the as-of date reads "—"). */
export function yearOverYearTable(input: YearOverYearInput, monthLabel: string): ChartTable {
  const at = (points: readonly MonthlyRate[], month: number) => points.find((p) => p.month === month);
  return {
    columns: [monthLabel, input.current.name, ...(input.previous ? [input.previous.name] : []), input.timeProgressName],
    rows: Array.from({ length: 12 }, (_, i) => [
      `${i + 1}月`,
      formatPercent(at(input.current.points, i + 1)?.executionPercent),
      ...(input.previous ? [formatPercent(at(input.previous.points, i + 1)?.executionPercent)] : []),
      formatPercent(at(input.current.points, i + 1)?.timeProgressPercent),
    ]),
  };
}
