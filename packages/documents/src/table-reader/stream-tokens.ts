import { normalise } from './cell.js';
import { UNIT_ALONE, VALUE_IN_RUN, VALUE_PATTERN } from './run-split.js';

/** A piece of a 自评表 that lost its cells: a word between spaces, or a part of a run-together stretch. */
export interface StreamToken {
  readonly text: string;
  readonly where: string;
  /** A value cut out of a run-together stretch: it may hold several cells (“202010100.00%”). */
  readonly joined: boolean;
  /** Cut out of a run-together stretch (at the form's words already: not joined again). */
  readonly runTogether: boolean;
}

/** A stretch without spaces this long is cells run together, not one cell. */
const RUN_TOGETHER = 30;

/**
 * The words of a form that start a new cell inside run-together text: headers, row labels, level
 * labels, info labels. Only specific words: a bare “满意度” or “执行率” is too often inside a name.
 */
const FORM_WORDS = new RegExp(
  [
    '(?:一级|二级|三级)指标',
    '(?:年度|年初|预期)?指标值(?:\\([A-Z]\\))?',
    '年初目标值(?:\\([A-Z]\\))?',
    '(?:全年实际值|实际完成值|完成值)(?:\\([A-Z]\\))?',
    '(?:未完成|偏差)原因(?:分析)?(?:及(?:拟采取的)?改进措施)?',
    '分值',
    '得分',
    '(?:全年|调整后|调整|年初)预算数(?:\\([A-Z]\\))?',
    '(?:全年|预算)执行数(?:\\([A-Z]\\))?',
    '执行率\\((?:B/A|%)\\)',
    '资金情况(?:\\((?:万元|元)\\))?',
    '项目资金(?:\\((?:万元|元)\\))?',
    '年度(?:财政)?资金总额[:：]?',
    '其中[:：]?(?:本年|当年)?(?:财政拨款|财政资金)[:：]?',
    '上年结转(?:资金)?',
    '其他资金',
    '(?:产出|效益|满意度)指标(?:\\(\\d+分\\))?',
    '项目(?:决策|管理|产出|效益)(?:\\(\\d+分\\))?',
    '(?:数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度)指标(?:\\(\\d+分\\))?',
    '项目立项|项目目标|投入管理|财务管理|项目实施',
    '总分',
    '项目名称|主管部门|实施单位|项目负责人及电话|联系电话|单位名称',
    '年度总体目标完成情况综述|年度总体目标|年初设定目标',
    '绩效指标',
    '注[:：]',
  ].join('|'),
  'gu',
);

/**
 * Flattened text as one stream of tokens: the words between spaces, and — where a page ran its
 * cells together without any separator — the form's own words and the values cut apart (the
 * values' digits may still hold several cells; the reader splits them by the columns'
 * constraints). A unit a page separated from its number (“不少于12 种”) goes back on it.
 */
export function streamTokens(text: string): StreamToken[] {
  const tokens: StreamToken[] = [];
  text.split(/\r?\n/).forEach((line, l) => {
    normalise(line)
      .split(' ')
      .filter((piece) => piece !== '' && !/^\|+$/.test(piece))
      .forEach((piece, p) => {
        const where = `第${l + 1}行第${p + 1}段`;
        const together = piece.length >= RUN_TOGETHER && !/^https?:/.test(piece);
        const parts = together ? runTogether(piece) : [{ text: piece, joined: false }];
        for (const part of parts) {
          const previous = tokens[tokens.length - 1];
          if (!part.joined && previous && UNIT_ALONE.test(part.text) && VALUE_PATTERN.test(previous.text) && !/\D$/.test(previous.text)) {
            tokens[tokens.length - 1] = { ...previous, text: previous.text + part.text };
            continue;
          }
          tokens.push({ ...part, where, runTogether: together });
        }
      });
  });
  return tokens;
}

/** A run-together stretch → form words, values and the texts between them. */
function runTogether(piece: string): { text: string; joined: boolean }[] {
  const marks: { start: number; end: number; joined: boolean }[] = [];
  for (const match of piece.matchAll(FORM_WORDS)) marks.push({ start: match.index, end: match.index + match[0].length, joined: false });
  for (const match of piece.matchAll(VALUE_IN_RUN)) {
    const start = match.index;
    const end = start + match[0].length;
    // Digits inside a form word (“(70分)”) or a numbered label (“指标1:”) are not values.
    if (marks.some((m) => start < m.end && end > m.start) || /^[:：]/.test(piece.slice(end)) || /指标$/.test(piece.slice(0, start))) continue;
    marks.push({ start, end, joined: true });
  }
  marks.sort((a, b) => a.start - b.start);
  const parts: { text: string; joined: boolean }[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue;
    if (mark.start > at) parts.push({ text: piece.slice(at, mark.start), joined: false });
    parts.push({ text: piece.slice(mark.start, mark.end), joined: mark.joined });
    at = mark.end;
  }
  if (at < piece.length) parts.push({ text: piece.slice(at), joined: false });
  return parts;
}
