import { labelKey } from './cell.js';

/**
 * What a column holds, recognised from its header by synonym — never by its position, which
 * differs between the national 2020 form, the 四川 form, 湖北-style 20/80 forms, 银川's and the
 * 部门整体 and 衔接资金 tables.
 */
export type ColumnRole =
  | 'level1'
  | 'level2'
  | 'name'
  | 'nature'
  | 'target'
  | 'measureUnit'
  | 'actual'
  | 'weight'
  | 'score'
  | 'reason'
  | 'budget'
  | 'adjustedBudget'
  | 'spent'
  | 'rate'
  | 'fundLabel'
  | 'scoreMethod'
  | 'recomputedScore'
  | 'reviewScore';

/** First match wins: the more specific spellings come first (重算得分 before 得分, 全年预算数 before 预算数). */
const COLUMN_SYNONYMS: readonly (readonly [ColumnRole, RegExp])[] = [
  ['recomputedScore', /^重算(?:得分|分值)/],
  ['reviewScore', /^(?:财政)?(?:审核|复核)(?:评分|得分)/],
  ['scoreMethod', /^(?:得分计算方法|评分标准|评分方法|计分方法)/],
  ['level1', /^一级(?:指标)?$|^一级指标/],
  ['level2', /^二级(?:指标)?$|^二级指标/],
  ['name', /^(?:三级指标|三级|指标名称|绩效指标名称)$/],
  ['nature', /^(?:指标性质|指标方向|比较符|运算符)$/],
  ['measureUnit', /^(?:度量单位|计量单位)$/],
  ['target', /^(?:年度指标值|年初目标值|预期指标值|年度目标值|目标值|指标值|年度指标)(?:\(A\))?$/],
  ['actual', /^(?:实际完成值|全年实际值|实际完成|完成值|实际值|全年完成值)(?:\(B\))?$/],
  ['weight', /^(?:分值|权重|指标分值|权重分|考核分值)(?:\(\d+分\))?$/],
  ['score', /^(?:得分|自评得分|实际得分|评分)(?:\(\d+分(?:\*执行率)?\))?$/],
  ['reason', /(?:偏差原因|未完成原因|原因分析|改进措施|^原因$|^备注$)/],
  ['budget', /^(?:年初预算数?|年初预算数\(A\))$/],
  ['adjustedBudget', /^(?:全年预算数|调整后预算数|调整预算数|预算数)(?:\(A\))?$/],
  ['spent', /^(?:全年执行数|预算执行数|执行数|实际支出数?|支出数)(?:\(B\))?$/],
  ['rate', /^(?:预算)?执行率(?:\(B\/A\))?$/],
  ['fundLabel', /^(?:资金来源|资金情况|项目资金|预算资金|年度预算数)/],
];

/** The role a header cell names, or undefined. */
export function columnRole(text: string): ColumnRole | undefined {
  const key = labelKey(text).replace(/[（]/g, '(').replace(/[）]/g, ')');
  if (key === '') return undefined;
  return COLUMN_SYNONYMS.find(([, pattern]) => pattern.test(key))?.[0];
}

export const INDICATOR_VALUE_ROLES: ReadonlySet<ColumnRole> = new Set(['nature', 'target', 'measureUnit', 'actual', 'weight', 'score', 'reason', 'scoreMethod', 'recomputedScore', 'reviewScore']);
export const FUNDS_VALUE_ROLES: ReadonlySet<ColumnRole> = new Set(['budget', 'adjustedBudget', 'spent', 'rate', 'weight', 'score', 'reason', 'scoreMethod', 'recomputedScore', 'reviewScore']);

export type FundRowKind = 'total' | 'fiscal' | 'carryOver' | 'other';

/** The rows of the 资金情况 block: the total and its 其中 parts, by the names forms give them. */
const FUND_ROW_SYNONYMS: readonly (readonly [FundRowKind, RegExp])[] = [
  ['total', /^(?:年度资金总额|年度财政资金总额|资金总额|总额|年度资金总额合计)[:：]?$/],
  ['carryOver', /^(?:其中[:：])?上年结转(?:资金)?[:：]?$/],
  ['fiscal', /^(?:其中[:：])?(?:本年|当年)?(?:财政拨款|财政资金|一般公共预算(?:拨款)?|政府性基金(?:拨款)?|基本支出|项目支出)[:：]?$/],
  ['other', /^(?:其中[:：])?(?:其他资金|其他|单位资金|财政专户管理资金|纳入专户管理的非税收入拨款|社会投入资金|银行贷款)[:：]?$/],
];

export function fundRowKind(text: string): FundRowKind | undefined {
  const key = labelKey(text);
  return FUND_ROW_SYNONYMS.find(([, pattern]) => pattern.test(key))?.[0];
}

/** 总分 / 合计 rows close the indicator block. */
export function isTotalLabel(text: string): boolean {
  return /^(?:总分|合计|总计|总得分|自评总分)[:：]?$/.test(labelKey(text));
}

/** Project facts written as a label and the cell after it. */
export type InfoField = 'projectName' | 'supervisingDepartment' | 'unitName' | 'other';

const INFO_LABELS: readonly (readonly [InfoField, RegExp])[] = [
  ['projectName', /^项目名称[:：]?$/],
  ['supervisingDepartment', /^主管部门[:：]?$/],
  ['unitName', /^(?:(?:项目)?实施单位(?:\(盖章\))?|单位名称|部门(?:\(单位\))?名称|(?:一)?级预算单位名称|部门|单位\(盖章\))[:：]?$/],
  ['other', /^(?:项目负责人.*|联系电话|填报日期|项目类别|项目属性|项目类型|财务负责人|报表编号)[:：]?$/],
];

export function infoField(text: string): InfoField | undefined {
  const key = labelKey(text).replace(/[（]/g, '(').replace(/[）]/g, ')');
  return INFO_LABELS.find(([, pattern]) => pattern.test(key))?.[0];
}

/** The headers above the goal texts: the planned goal, then what was achieved. */
export function goalHeader(text: string): 'planned' | 'achieved' | 'block' | undefined {
  const key = labelKey(text);
  if (/^(?:年初设定目标|预期目标|项目年度目标|年度目标)$/.test(key)) return 'planned';
  if (/^(?:年度总体目标完成情况(?:综述)?|实际完成情况|年度目标完成情况)$/.test(key)) return 'achieved';
  if (/^(?:年度总体目标|年度总体目标完成情况|年度总体目标完成情况综述|年度总体目标$)/.test(key) || /^年度总?体?目标$/.test(key)) return 'block';
  return undefined;
}

/** Labels that only name a block of the form (绩效指标, 年度绩效指标完成情况): placed by being understood. */
export function isBlockLabel(text: string): boolean {
  const key = labelKey(text);
  return /^(?:绩效指标|年度绩效指标完成情况|绩效指标\(\d+分\)|项目基本情况|预算执行情况(?:\(\d+分\))?|预算执行情况\(万元\)(?:\(\d+分\))?|年度绩效目标(?:\(\d+分\))?)$/.test(key);
}
