import type { BarSeriesOption, LineSeriesOption, RadarSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  RadarComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/**
 * The option types of the charts Jixiao draws. Composed from echarts' per-module types so that the
 * dashboard can register only these modules (tree-shaken) and the server renders the same objects.
 */
type Common = TitleComponentOption | TooltipComponentOption | LegendComponentOption;

export type ExecutionChartOption = ComposeOption<Common | GridComponentOption | LineSeriesOption | MarkLineComponentOption>;
export type ScoreBarChartOption = ComposeOption<Common | GridComponentOption | BarSeriesOption>;
export type ScoreRadarChartOption = ComposeOption<Common | RadarComponentOption | RadarSeriesOption>;
export type ScoreChartOption = ScoreBarChartOption | ScoreRadarChartOption;
export type DeviationChartOption = ComposeOption<Common | GridComponentOption | BarSeriesOption | MarkLineComponentOption>;
