import { lastHeading, type GroupId } from './headings.js';
import { CLOSE_QUOTES, OPEN_QUOTES } from './normalise.js';

/**
 * One “X”指标，预期指标值为“Y” statement and what follows it up to the end of its sentence: a target
 * in 阶段性目标, or — when the tail reports an actual or a score — a result.
 */
export interface IndicatorStatement {
  readonly name: string;
  /** 预期指标值 as written, without the quotes. */
  readonly targetText: string;
  /** From the statement's start (after its heading) to the end of its sentence. */
  readonly text: string;
  /** Text after the value up to the end of the sentence (；or 。 inclusive). */
  readonly tail: string;
  /** The group heading in force: written just before it, or carried from an earlier statement. */
  readonly group?: GroupId;
  /** Offsets in the scanned text: [start, end). */
  readonly start: number;
  readonly end: number;
}

const MARKER = /预期(?:指标值|目标值|值)\s*(?:为|是|：|:)?/g;
const SENTENCE_END = /[。；;\n]/;

/**
 * Finds every statement in order. A statement's name runs back from “指标，预期指标值为” to the end of
 * the previous sentence or statement; headings in between set the group, quote marks (also nested:
 * ““自治区优秀平安乡镇”创建任务完成截止时间”, or missing on one side) are taken off.
 */
export function findIndicatorStatements(text: string): IndicatorStatement[] {
  const markers = [...text.matchAll(MARKER)];
  const statements: IndicatorStatement[] = [];
  let previousEnd = 0;
  let group: GroupId | undefined;
  markers.forEach((marker, i) => {
    const markerStart = marker.index;
    const valueStart = markerStart + marker[0].length;
    const { value, end: valueEnd } = readValue(text, valueStart);
    // Where the name can begin: after the previous statement and after the last sentence end.
    let prefixStart = previousEnd;
    for (let k = markerStart - 1; k >= previousEnd; k--) {
      if (SENTENCE_END.test(text.charAt(k))) {
        prefixStart = k + 1;
        break;
      }
    }
    const prefix = text.slice(prefixStart, markerStart);
    const named = readName(prefix);
    if (named.group) group = named.group;
    // The tail ends with its sentence. With no sentence end before the next statement (“≥90%”③
    // 时效指标“…”) the tail is empty and what follows belongs to the next statement's heading and name.
    const nextMarker = markers[i + 1]?.index ?? text.length;
    let tailEnd = valueEnd;
    while (tailEnd < nextMarker && !SENTENCE_END.test(text.charAt(tailEnd))) tailEnd++;
    tailEnd = tailEnd < nextMarker ? tailEnd + 1 : i + 1 < markers.length ? valueEnd : tailEnd;
    const start = prefixStart + named.offset;
    statements.push({
      name: named.name,
      targetText: value,
      text: text.slice(start, tailEnd).trim(),
      tail: text.slice(valueEnd, tailEnd),
      ...(group ? { group } : {}),
      start,
      end: tailEnd,
    });
    previousEnd = tailEnd;
  });
  return statements;
}

/** The value after “预期指标值为”: a quoted text, or up to the next punctuation. */
function readValue(text: string, start: number): { value: string; end: number } {
  let i = start;
  while (text.charAt(i) === ' ') i++;
  const open = text.charAt(i);
  if (open !== '' && OPEN_QUOTES.includes(open)) {
    const close = text.slice(i + 1).search(/[”」』"’]/);
    if (close >= 0) return { value: text.slice(i + 1, i + 1 + close).trim(), end: i + 1 + close + 1 };
  }
  let end = i;
  while (end < text.length && !/[，,。；;\n“”]/.test(text.charAt(end))) end++;
  return { value: text.slice(i, end).trim(), end };
}

/** The name at the end of `prefix` (which ends just before “预期指标值”), the heading before it, and where it starts. */
function readName(prefix: string): { name: string; group?: GroupId; offset: number } {
  // “X”指标， → X ; X， → X
  const trimmed = prefix.replace(/[\s，,：:]+$/, '').replace(/指标$/, '').replace(/\s+$/, '');
  const quoted = quotedAtEnd(trimmed);
  if (quoted) {
    const heading = lastHeading(trimmed.slice(0, quoted.start));
    return { name: quoted.name, ...(heading ? { group: heading.group } : {}), offset: heading ? heading.end : quoted.start };
  }
  const heading = lastHeading(trimmed);
  const after = heading ? trimmed.slice(heading.end) : trimmed;
  const name = after.replace(/[“”「」『』"‘’]/g, '').replace(/^[\s\d.．、）)（(①-⑳]+/, '').trim();
  return { name, ...(heading ? { group: heading.group } : {}), offset: heading ? heading.end : 0 };
}

/** A balanced quoted segment ending the text (nested quotes allowed); undefined when unbalanced. */
function quotedAtEnd(text: string): { name: string; start: number } | undefined {
  const last = text.charAt(text.length - 1);
  if (last === '' || !CLOSE_QUOTES.includes(last) || last === '"') {
    if (last !== '"') return undefined;
  }
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text.charAt(i);
    if (ch === '”' || ch === '」' || ch === '』') depth++;
    else if (ch === '“' || ch === '「' || ch === '『') depth--;
    else if (ch === '"') depth += i === text.length - 1 ? 1 : -1;
    if (depth === 0) {
      const name = text.slice(i + 1, text.length - 1).trim();
      return name === '' ? undefined : { name, start: i };
    }
  }
  return undefined;
}
