/**
 * The 二级指标 headings reports write before their indicator statements (“① 数量指标”, “4.产出成本”,
 * “（1）社会效益指标”, “2.满意度指标”) and the framework group each names. Numbering is ignored on
 * purpose: real reports number oddly, the words are what is stable.
 */
export type GroupId = 'quantity' | 'quality' | 'timeliness' | 'cost' | 'economic' | 'social' | 'ecological' | 'sustainability' | 'satisfaction';

const HEADINGS: readonly (readonly [RegExp, GroupId])[] = [
  [/产出数量|数量指标/g, 'quantity'],
  [/产出质量|质量指标/g, 'quality'],
  [/产出时效|时效指标/g, 'timeliness'],
  [/产出成本|成本指标/g, 'cost'],
  [/经济效益(?:指标)?/g, 'economic'],
  [/社会效益(?:指标)?/g, 'social'],
  [/生态效益(?:指标)?/g, 'ecological'],
  [/可持续影响(?:指标)?/g, 'sustainability'],
  [/(?:服务对象)?满意度指标/g, 'satisfaction'],
];

export interface HeadingHit {
  readonly group: GroupId;
  /** Index just after the heading words. */
  readonly end: number;
  readonly index: number;
}

/** The last group heading in `text`, if any. */
export function lastHeading(text: string): HeadingHit | undefined {
  let best: HeadingHit | undefined;
  for (const [pattern, group] of HEADINGS) {
    for (const match of text.matchAll(pattern)) {
      const index = match.index;
      const end = index + match[0].length;
      if (!best || index > best.index || (index === best.index && end > best.end)) best = { group, index, end };
    }
  }
  return best;
}

/** “本项目无该项指标” after a heading: a statement that a group is empty, placed by being understood. */
export const NO_INDICATOR = /本项目无该项指标|无该项指标|不适用/;
