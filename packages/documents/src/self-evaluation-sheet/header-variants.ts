/**
 * The column names real 自评表 use for the same thing (published tables of 中江县, 长江禁捕, the
 * national form): first match wins, so the more specific spellings come first.
 */
export type IndicatorColumn = 'level1' | 'level2' | 'name' | 'target' | 'actual' | 'weight' | 'score' | 'reason' | 'operator' | 'unit';

export const INDICATOR_COLUMN_VARIANTS: readonly (readonly [IndicatorColumn, RegExp])[] = [
  ['level1', /^一级指标/],
  ['level2', /^二级指标/],
  ['name', /^(?:三级指标|指标名称|绩效指标名称)/],
  ['operator', /^(?:指标性质|指标方向|比较符|运算符)/],
  ['unit', /^(?:度量单位|计量单位|单位)$/],
  ['target', /(?:年度指标值|年初目标值|预期指标值|年度目标值|目标值|指标值)/],
  ['actual', /(?:实际完成值|全年实际值|实际完成|完成值|实际值)/],
  ['weight', /^(?:分值|权重|指标分值|权重分)/],
  ['score', /^(?:得分|自评得分|实际得分)/],
  ['reason', /(?:偏差原因|未完成原因|原因分析|改进措施)/],
];

export type FundsColumn = 'budget' | 'adjusted' | 'spent' | 'weight' | 'rate' | 'score';

export const FUNDS_COLUMN_VARIANTS: readonly (readonly [FundsColumn, RegExp])[] = [
  ['budget', /^年初预算数/],
  ['adjusted', /(?:全年预算数|调整后预算数|预算数\s*[(（]?A)/],
  ['spent', /(?:全年执行数|执行数\s*[(（]?B|实际支出|支出数)/],
  ['rate', /执行率/],
  ['weight', /^分值/],
  ['score', /^得分/],
];

export type FundsRow = 'total' | 'fiscal' | 'carryOver' | 'other';

export const FUNDS_ROW_VARIANTS: readonly (readonly [FundsRow, RegExp])[] = [
  ['total', /(?:年度资金总额|年度财政资金总额|资金总额)/],
  ['fiscal', /(?:本年财政拨款|财政拨款|财政资金)/],
  ['carryOver', /上年结转/],
  ['other', /其他资金/],
];

/** Text of a header cell: no spaces, line breaks or half/full-width bracket differences. */
export function headerKey(text: string): string {
  return text.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
}
