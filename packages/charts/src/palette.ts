/**
 * One palette for the dashboard and the printed report, so a colour means the same in both.
 * Red is reserved for "bad side" (the 预警 red of 绩效运行监控); the reference line is grey.
 */
export const PALETTE = {
  primary: '#2f6fb0',
  secondary: '#8fb4d8',
  good: '#3a9b5c',
  bad: '#d0353a',
  reference: '#8a8f98',
  text: '#303133',
} as const;

/**
 * A font stack that finds a CJK face in browsers and in resvg (which is given Noto Sans CJK).
 * Single quotes: echarts' SSR writes the family into a double-quoted style attribute unescaped.
 */
export const FONT_FAMILY = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";
