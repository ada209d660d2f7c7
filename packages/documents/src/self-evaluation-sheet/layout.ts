/**
 * The standard 项目支出绩效自评表 as Jixiao writes it (rules primer, “The self-evaluation sheet”):
 * eight columns A–H so that the funds block, the goals and the indicator rows line up on one A4
 * page. The importer does not depend on these positions — it finds labels — but the round-trip
 * test does, and the export reads better with the layout in one place.
 */
export const SHEET_NAME = '自评表';

export const INDICATOR_HEADERS = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'] as const;

export const FUNDS_HEADERS = ['年初预算数', '全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分'] as const;

export const FUND_ROWS = [
  { label: '年度资金总额', source: 'total' },
  { label: '其中：本年财政拨款', source: 'fiscal' },
  { label: '上年结转资金', source: 'carryOver' },
  { label: '其他资金', source: 'other' },
] as const;

/** Column widths in characters: names and reasons need room, numbers do not. */
export const COLUMN_WIDTHS = [11, 12, 26, 14, 14, 8, 9, 30] as const;

export const NUMBER_FORMAT = '0.00';
export const PERCENT_FORMAT = '0.00%';
