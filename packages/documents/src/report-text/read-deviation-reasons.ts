import { mentions } from './name-match.js';

/** An indicator as far as reason attribution needs it: its index and every spelling of its name. */
export interface ReasonTarget {
  readonly index: number;
  readonly names: readonly string[];
}

export interface ReasonAttribution {
  readonly reasons: Map<number, string[]>;
  /** Parts of the paragraph no indicator could be found for. */
  readonly leftOver: string[];
  readonly range?: { start: number; end: number };
}

const PARAGRAPH = /(?:绩效)?(?:指标)?偏差(?:情况|原因(?:分析)?(?:及改进措施)?)\s*[：:]?\s*((?:(?!偏差(?:情况|原因))[^。])+。?)/g;

/**
 * The deviation paragraph (“（二）绩效指标偏差情况宣传费用出现偏差，…；电信链路费及设备维护费部分由…、
 * 铁路护路奖励金经费由自治区保障、…，故本年度资金执行率存在偏差。”) split over the indicators it
 * names. Each ；-part that mentions 执行率 goes to 预算执行率 whole; within a part, the 、-clauses go
 * to the indicators each names (a clause naming two goes to both). A leading “X出现偏差，” is dropped
 * from a single-indicator part: it names the deviation, not its reason.
 */
export function attributeReasons(text: string, targets: readonly ReasonTarget[], executionRate: number | undefined): ReasonAttribution {
  const reasons = new Map<number, string[]>();
  const leftOver: string[] = [];
  const add = (index: number, reason: string) => {
    const list = reasons.get(index) ?? [];
    if (!list.includes(reason)) list.push(reason);
    reasons.set(index, list);
  };
  let range: { start: number; end: number } | undefined;
  for (const match of text.matchAll(PARAGRAPH)) {
    const paragraph = (match[1] ?? '').trim();
    // “偏差情况分析” headings with nothing after them, or prose that only uses the word.
    if (!/[，,；;]/.test(paragraph) || /^[（(]?[一二三四五六七八九十\d]/.test(paragraph)) continue;
    range = { start: match.index, end: match.index + match[0].length };
    for (const rawPart of paragraph.split(/[；;]/)) {
      const part = rawPart.replace(/[。\s]+$/, '').trim();
      if (part === '') continue;
      let placed = false;
      if (executionRate !== undefined && /执行率/.test(part)) {
        add(executionRate, part);
        placed = true;
      }
      const cause = part.replace(/[，,]\s*故[^，,]*执行率[^，,]*$/, '');
      const clauses = cause.split('、');
      const named = clauses.map((clause) => targets.filter((t) => t.index !== executionRate && mentions(clause, t.names)));
      if (clauses.length > 1 && named.filter((n) => n.length > 0).length > 1) {
        clauses.forEach((clause, i) => {
          for (const t of named[i] ?? []) {
            add(t.index, clause.trim());
            placed = true;
          }
        });
      } else {
        const all = targets.filter((t) => t.index !== executionRate && mentions(cause, t.names));
        const reason = all.length === 1 ? cause.replace(/^[^，,]*出现偏差[，,]/, '').trim() : cause.trim();
        for (const t of all) {
          add(t.index, reason);
          placed = true;
        }
      }
      if (!placed) leftOver.push(part);
    }
  }
  return { reasons, leftOver, ...(range ? { range } : {}) };
}
