import type { Formula } from '@jixiao/core';
import { NUMBER } from './normalise.js';

/**
 * The 决策 and 过程 三级指标 of 财预〔2020〕10号 附件1, by the names reports use, with their group and
 * — for the two that are computed from money — their formula. Reports write them as numbered items:
 * “1.立项依据充分性：…根据评分标准，该指标3分，得3分。”
 */
const KNOWN_ITEMS: Readonly<Record<string, { level1: 'decision' | 'process'; level2: string; formula?: Formula }>> = {
  立项依据充分性: { level1: 'decision', level2: 'projectApproval' },
  立项程序规范性: { level1: 'decision', level2: 'projectApproval' },
  绩效目标合理性: { level1: 'decision', level2: 'performanceGoal' },
  绩效指标明确性: { level1: 'decision', level2: 'performanceGoal' },
  预算编制科学性: { level1: 'decision', level2: 'fundInput' },
  资金分配合理性: { level1: 'decision', level2: 'fundInput' },
  资金到位率: { level1: 'process', level2: 'fundManagement', formula: 'fundingRate' },
  预算执行率: { level1: 'process', level2: 'fundManagement', formula: 'executionRate' },
  资金使用合规性: { level1: 'process', level2: 'fundManagement' },
  管理制度健全性: { level1: 'process', level2: 'implementation' },
  制度执行有效性: { level1: 'process', level2: 'implementation' },
};

/** The group and formula of a 决策/过程 三级指标 known by name, for any importer. */
export function knownProcessIndicator(name: string): { level1: 'decision' | 'process'; level2: string; formula?: Formula } | undefined {
  return KNOWN_ITEMS[name.trim()];
}

export interface RatedItem {
  readonly name: string;
  readonly level1: 'decision' | 'process';
  readonly level2: string;
  readonly formula?: Formula;
  readonly weight: string;
  readonly score: string;
  /** The evaluator's words between the name and “根据评分标准”. */
  readonly statement?: string;
  readonly start: number;
  readonly end: number;
}

const ITEM = new RegExp(
  String.raw`(?:^|[。；;\s\d.．、)）])([\u4e00-\u9fa5]{3,10})\s*[：:]((?:(?!预期指标值)[^：:])*?)(?:根据评分标准[，,]?\s*)?该(?:项)?指标\s*(${NUMBER})\s*分\s*[,，]?\s*得(?:分)?\s*(${NUMBER})\s*分\s*[。；;]?`,
  'g',
);

/** Numbered “名称：说明…该指标N分，得M分” items; `unknown` holds those whose name is not a 决策/过程 indicator. */
export function findRatedItems(text: string): { items: RatedItem[]; unknown: { text: string; start: number; end: number }[] } {
  const items: RatedItem[] = [];
  const unknown: { text: string; start: number; end: number }[] = [];
  for (const match of text.matchAll(ITEM)) {
    const name = match[1] ?? '';
    const body = match[2] ?? '';
    // A long body means the colon belonged to some earlier sentence, not to this item.
    if ([...body].length > 300) continue;
    const start = match.index + match[0].indexOf(name);
    const end = match.index + match[0].length;
    const known = KNOWN_ITEMS[name];
    if (!known) {
      unknown.push({ text: text.slice(start, end), start, end });
      continue;
    }
    const statement = body.replace(/根据评分标准[，,]?\s*$/, '').replace(/[\s，,。；;]+$/, '').trim();
    items.push({
      name,
      level1: known.level1,
      level2: known.level2,
      ...(known.formula ? { formula: known.formula } : {}),
      weight: match[3] ?? '',
      score: match[4] ?? '',
      ...(statement ? { statement } : {}),
      start,
      end,
    });
  }
  return { items, unknown };
}
