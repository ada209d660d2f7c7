/** “项目产出类指标…由14个三级指标构成”: a dimension's section and the number of 三级指标 it says it has. */
export interface StatedCount {
  readonly level1: 'decision' | 'process' | 'output' | 'benefit';
  readonly count: number;
  /** “由14个三级指标构成” as written. */
  readonly text: string;
  /** Where the section starts and ends (the next dimension's section, or the end of the text). */
  readonly start: number;
  readonly end: number;
}

const SECTION = /项目(决策|过程|产出|效益)类指标/g;
const LEVEL1 = { 决策: 'decision', 过程: 'process', 产出: 'output', 效益: 'benefit' } as const;
/** Within the section's first sentence: “由 5个三级指标构成”, “由2个二级指标和2个三级指标构成”. */
const COUNT = /由[^。，,；;]{0,16}?(\d+)\s*个三级指标(?:构成|组成)?/;

/**
 * The counts the report states per dimension section. A section is read to its end (the next
 * section's heading) so that the caller can tell whether all of it was understood before holding
 * the count against what was read.
 */
export function readStatedCounts(text: string): StatedCount[] {
  const sections = [...text.matchAll(SECTION)];
  const counts: StatedCount[] = [];
  sections.forEach((section, i) => {
    const start = section.index;
    const end = sections[i + 1]?.index ?? text.length;
    const sentenceEnd = text.indexOf('。', start);
    const sentence = text.slice(start, sentenceEnd < 0 || sentenceEnd > end ? end : sentenceEnd);
    const count = COUNT.exec(sentence);
    const word = section[1] as keyof typeof LEVEL1;
    if (count?.[1]) counts.push({ level1: LEVEL1[word], count: Number(count[1]), text: count[0].trim(), start, end });
  });
  return counts;
}
