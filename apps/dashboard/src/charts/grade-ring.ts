import { FONT_FAMILY, PALETTE } from '@jixiao/charts';
import type { Grade } from '@jixiao/contract';
import type { ChartTable } from './chart-table';
import type { ChartOption } from './types';

const GRADE_COLOURS: Readonly<Record<Grade | 'none', string>> = {
  excellent: PALETTE.good,
  good: PALETTE.primary,
  fair: '#d98a00',
  poor: PALETTE.bad,
  none: '#c0c4cc',
};

export interface GradeSlice {
  readonly grade: Grade | null;
  readonly label: string;
  readonly count: number;
}

/** The slices drawn, in order (a clicked slice's data index is its index here): empty grades would only stack "0" labels. */
export function drawnSlices(slices: readonly GradeSlice[]): GradeSlice[] {
  return slices.filter((slice) => slice.count > 0);
}

/** How the evaluations graded (优/良/中/差, and those not yet evaluated), labelled with counts. */
export function gradeRing(slices: readonly GradeSlice[]): ChartOption {
  return {
    textStyle: { fontFamily: FONT_FAMILY, color: PALETTE.text },
    tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['42%', '68%'],
        center: ['50%', '45%'],
        label: { formatter: '{b} {c}' },
        data: drawnSlices(slices).map((slice) => ({ name: slice.label, value: slice.count, itemStyle: { color: GRADE_COLOURS[slice.grade ?? 'none'] } })),
      },
    ],
  };
}

export function gradeTable(slices: readonly GradeSlice[], columns: readonly [string, string]): ChartTable {
  return { columns, rows: slices.map((slice) => [slice.label, String(slice.count)]) };
}
