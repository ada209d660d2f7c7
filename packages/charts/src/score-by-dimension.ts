import { fixed2, percentText } from './format.js';
import type { ScoreBarChartOption, ScoreChartOption, ScoreRadarChartOption } from './option-types.js';
import { FONT_FAMILY, PALETTE } from './palette.js';

/** One 一级指标 with its 分值 and 得分, both already rounded to two decimals by the caller. */
export interface DimensionScoreInput {
  readonly name: string;
  readonly weight: number;
  readonly score: number;
}

export interface ScoreByDimensionInput {
  readonly title?: string;
  readonly dimensions: readonly DimensionScoreInput[];
  /** Bars (default; readable in print) or a radar. */
  readonly kind?: 'bar' | 'radar';
}

/** 分值 vs 得分 per dimension (决策 / 过程 / 产出 / 效益, or the self-evaluation's four). */
export function scoreByDimension(input: ScoreByDimensionInput & { kind?: 'bar' }): ScoreBarChartOption;
export function scoreByDimension(input: ScoreByDimensionInput & { kind: 'radar' }): ScoreRadarChartOption;
export function scoreByDimension(input: ScoreByDimensionInput): ScoreChartOption;
export function scoreByDimension(input: ScoreByDimensionInput): ScoreChartOption {
  return input.kind === 'radar' ? radar(input) : bar(input);
}

function bar(input: ScoreByDimensionInput): ScoreBarChartOption {
  const { dimensions } = input;
  return {
    textStyle: { fontFamily: FONT_FAMILY, color: PALETTE.text },
    title: { text: input.title ?? '各一级指标分值与得分', left: 'center', textStyle: { fontSize: 16 } },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, data: ['分值', '得分'] },
    grid: { left: 48, right: 24, top: 56, bottom: 48 },
    xAxis: { type: 'category', data: dimensions.map((d) => d.name) },
    yAxis: { type: 'value', min: 0, name: '分' },
    series: [
      {
        name: '分值',
        type: 'bar',
        color: PALETTE.secondary,
        barGap: '10%',
        data: dimensions.map((d) => ({ value: d.weight, label: { show: true, position: 'top', formatter: fixed2(d.weight) } })),
      },
      {
        name: '得分',
        type: 'bar',
        data: dimensions.map((d) => ({
          value: d.score,
          // A dimension that lost points is drawn in the alert colour.
          itemStyle: { color: d.score < d.weight ? PALETTE.bad : PALETTE.primary },
          label: { show: true, position: 'top', formatter: fixed2(d.score) },
        })),
      },
    ],
  };
}

function radar(input: ScoreByDimensionInput): ScoreRadarChartOption {
  const { dimensions } = input;
  return {
    textStyle: { fontFamily: FONT_FAMILY, color: PALETTE.text },
    title: { text: input.title ?? '各一级指标得分率', left: 'center', textStyle: { fontSize: 16 } },
    tooltip: {},
    legend: { bottom: 0, data: ['分值', '得分'] },
    // Each axis runs to its own weight, so a full score touches the rim whatever the weight.
    radar: { indicator: dimensions.map((d) => ({ name: `${d.name}\n${percentText(d.weight === 0 ? Number.NaN : (d.score / d.weight) * 100)}`, max: d.weight, min: 0 })) },
    series: [
      {
        type: 'radar',
        data: [
          { name: '分值', value: dimensions.map((d) => d.weight), itemStyle: { color: PALETTE.secondary }, lineStyle: { type: 'dashed' } },
          { name: '得分', value: dimensions.map((d) => d.score), itemStyle: { color: PALETTE.primary }, areaStyle: { opacity: 0.2 } },
        ],
      },
    ],
  };
}
