/**
 * @jixiao/charts — ECharts option builders shared by the dashboard (browser) and the documents
 * package (server-side SVG/PNG). Pure functions from plain, already-formatted data to options:
 * no money arithmetic here, the caller computes from exact Decimals.
 */
export { executionVsTimeProgress, type ExecutionPointInput, type ExecutionVsTimeProgressInput } from './execution-vs-time-progress.js';
export { scoreByDimension, type DimensionScoreInput, type ScoreByDimensionInput } from './score-by-dimension.js';
export { indicatorDeviations, type IndicatorDeviationInput, type IndicatorDeviationsInput } from './indicator-deviations.js';
export { fixed2, percentText, signedPercentText, wanYuanText } from './format.js';
export { FONT_FAMILY, PALETTE } from './palette.js';
export type { DeviationChartOption, ExecutionChartOption, ScoreBarChartOption, ScoreChartOption, ScoreRadarChartOption } from './option-types.js';
