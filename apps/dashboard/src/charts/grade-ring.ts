import { FONT_FAMILY, PALETTE } from '@jixiao/charts';
import type { Grade } from '@jixiao/contract';
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

/** How the finished evaluations graded (优/良/中/差, and those not yet evaluated), labelled with counts. */
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
        // Empty grades would only stack "0" labels on top of each other.
        data: slices.filter((slice) => slice.count > 0).map((slice) => ({ name: slice.label, value: slice.count, itemStyle: { color: GRADE_COLOURS[slice.grade ?? 'none'] } })),
      },
    ],
  };
}
