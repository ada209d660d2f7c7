import { labelKey } from './cell.js';

/** A 一级指标 as the sheet writes it: which dimension, and the weight written into its name (“产出指标(50分)”). */
export interface Level1Label {
  readonly dimension?: string;
  readonly weight?: string;
}

export interface Level2Label {
  readonly dimension: string;
  readonly group: string;
  readonly name: string;
  readonly weight?: string;
}

/** “(50分)”, “(50)”, and “30分)” whose opening bracket was lost in flattening. */
const WEIGHT = /(?:[(（](\d+(?:\.\d+)?)分?[)）]?|(\d+(?:\.\d+)?)分[)）]?)$/u;

/** 一级指标 words → framework dimension ids (the national names and 银川's 项目决策/项目管理/项目产出/项目效益). */
const DIMENSIONS: readonly (readonly [RegExp, string])[] = [
  [/^(?:项目)?决策(?:指标)?$/, 'decision'],
  [/^(?:项目)?(?:过程|管理)(?:指标)?$/, 'process'],
  [/^(?:项目)?产出(?:指标)?$/, 'output'],
  [/^(?:项目)?效益(?:指标)?$/, 'benefit'],
  [/^(?:服务对象)?满意度(?:指标)?$/, 'satisfaction'],
];

/** 二级指标 words → dimension and group (the national groups; others keep their own name as group). */
const GROUPS: readonly (readonly [RegExp, string, string])[] = [
  [/^(?:产出)?数量(?:指标)?$/, 'output', 'quantity'],
  [/^(?:产出)?质量(?:指标)?$/, 'output', 'quality'],
  [/^(?:产出)?时效(?:指标)?$/, 'output', 'timeliness'],
  [/^(?:产出)?成本(?:指标)?$/, 'output', 'cost'],
  [/^经济效益(?:指标)?$/, 'benefit', 'economic'],
  [/^社会效益(?:指标)?$/, 'benefit', 'social'],
  [/^生态效益(?:指标)?$/, 'benefit', 'ecological'],
  [/^可持续影响(?:指标)?$/, 'benefit', 'sustainability'],
  [/^(?:服务对象)?满意度(?:指标)?$/, 'satisfaction', 'satisfaction'],
  [/^(?:项目立项|绩效目标|资金投入)$/, 'decision', ''],
  [/^(?:资金管理|组织实施|投入管理|财务管理|项目实施)$/, 'process', ''],
];

function split(text: string): { words: string; weight?: string } {
  const key = labelKey(text).replace(/[（]/g, '(').replace(/[）]/g, ')');
  const match = WEIGHT.exec(key);
  const weight = match?.[1] ?? match?.[2];
  const words = key.replace(WEIGHT, '').replace(/\($/, '');
  return weight === undefined ? { words } : { words, weight };
}

/** “产出指标(50分)” → output, 50; “(50分)” alone (a vertical label lost in flattening) → weight only. */
export function readLevel1(text: string): Level1Label | undefined {
  const { words, weight } = split(text);
  const dimension = DIMENSIONS.find(([pattern]) => pattern.test(words))?.[1];
  if (dimension) return { dimension, ...(weight === undefined ? {} : { weight }) };
  if (words === '' && weight !== undefined) return { weight };
  return undefined;
}

export function readLevel2(text: string): Level2Label | undefined {
  const { words, weight } = split(text);
  const found = GROUPS.find(([pattern]) => pattern.test(words));
  if (!found) return undefined;
  return { dimension: found[1], group: found[2] || words, name: words, ...(weight === undefined ? {} : { weight }) };
}

export const NATIONAL_DIMENSION_NAMES: Readonly<Record<string, string>> = {
  budgetExecution: '预算执行率',
  output: '产出指标',
  benefit: '效益指标',
  satisfaction: '满意度指标',
  decision: '决策',
  process: '过程',
};
