import type { ListFilter, ParsedIntent, UnitMention } from './intent.js';
import { normalizeText, parseSmallNumber } from './normalize.js';
import { extractTime } from './time-phrases.js';
import { LEADING_FILLERS, METRIC_PATTERNS, OWN_UNIT, PLURAL, TRAILING_FILLERS, UNIT_WHOLE } from './vocabulary.js';

const CHOICE = /^(?:选|选择|第)?\s*(\d{1,2}|[一二两三四五六七八九十])\s*(?:个|项|号)?$/;
const HELP_DATA_DATE = /数据.{0,3}(更新|截至|截止)|更新到|数据是?(哪天|哪一天|什么时候)|最新数据|数据日期|什么时候的数据/;
const HELP = /^(帮助|help|菜单|\?|怎么用|使用说明|说明|你好|您好|hi|hello|在吗)$|你能查什么|能查些?什么|可以查些?什么|能做什么|会什么|有什么功能|能干什么|怎么问|支持哪些/;
const DEFAULT_LIST_LIMIT = 5;

/**
 * Reads one message into an intent. Pure and platform-free: names stay as mentions here and are resolved
 * against the data in `recognise`.
 */
export function parseIntent(rawText: string, today: Date): ParsedIntent {
  const text = normalizeText(rawText);
  const choice = CHOICE.exec(text);
  if (choice?.[1] !== undefined) {
    const index = parseSmallNumber(choice[1]);
    if (index !== undefined && index > 0) return { kind: 'choice', index };
  }
  if (HELP_DATA_DATE.test(text)) return { kind: 'help', topic: 'dataDate' };
  if (text === '' || HELP.test(text)) return { kind: 'help', topic: 'capabilities' };

  const { fiscalYear, rest } = extractTime(text, today);
  if (PLURAL.test(rest)) {
    const filter = listFilter(rest);
    if (filter !== undefined) return { kind: 'projectList', filter, unit: unitMention(stripListWords(rest)), fiscalYear };
  }
  if (UNIT_WHOLE.test(rest) || OWN_UNIT.test(rest)) {
    return { kind: 'unitSummary', unit: unitMention(rest.replace(UNIT_WHOLE, ' ')), fiscalYear };
  }
  const matched = METRIC_PATTERNS.find(([, pattern]) => pattern.test(rest));
  // Only the phrase that decided the metric is cut out: other metric words may belong to the name (预算绩效管理经费).
  const mention = trimFillers(matched === undefined ? rest : rest.replace(new RegExp(matched[1].source, 'g'), ' '));
  return { kind: 'projectMetric', metric: matched?.[0] ?? 'overview', projectMention: mention, fiscalYear };
}

function listFilter(text: string): ListFilter | undefined {
  const limit = listLimit(text);
  const below = /(低于|小于|不到|不足|少于|未达到?|没达到?|<)\s*(\d+(?:\.\d+)?)\s*%?|(\d+(?:\.\d+)?)\s*%\s*(以下|之下)/.exec(text);
  if (below !== null) return { kind: 'executionBelow', percent: Number(below[2] ?? below[3]) };
  if (/序时|落后|滞后|进度慢|进度偏慢|进度较慢|跟不上|赶不上/.test(text)) return { kind: 'belowTimeProgress' };
  if (/偏差|偏离/.test(text)) return { kind: 'largestDeviation', limit };
  if (/(分|分数|评价|绩效).{0,2}(最低|最少|最差|靠后)|(最低|最差).{0,2}分|倒数/.test(text)) return { kind: 'lowestScore', limit };
  if (/红灯|黄灯|预警|亮灯/.test(text)) return { kind: 'alerted' };
  return undefined;
}

function listLimit(text: string): number {
  const match = /(?:前|倒数)\s*([\d一二两三四五六七八九十]{1,3})\s*[个名项位]?|([\d一二两三四五六七八九十]{1,3})\s*个项目/.exec(text);
  const count = match?.[1] ?? match?.[2];
  const limit = count === undefined ? undefined : parseSmallNumber(count);
  return limit !== undefined && limit > 0 ? Math.min(limit, 20) : DEFAULT_LIST_LIMIT;
}

const LIST_WORDS =
  /哪些|哪几个|哪个|有几个|几个|多少个|列出|列一下|清单|排名|排行|前\s*[\d一二两三四五六七八九十]{1,3}\s*[个名项位]?|[\d一二两三四五六七八九十]{1,3}\s*个|在|倒数|所有|项目|有|的|执行率|支出进度|进度|低于|小于|不到|不足|少于|未达到?|没达到?|以下|之下|\d+(\.\d+)?\s*%?|序时|落后|滞后|慢|偏慢|较慢|跟不上|赶不上|偏差|偏离|最大|较大|比较大|大|得分|分数|评价|绩效|最低|最少|最差|靠后|分|红灯|黄灯|预警|亮灯|是|了|呢|吗/g;

function stripListWords(text: string): string {
  return text.replace(LIST_WORDS, ' ');
}

function unitMention(text: string): UnitMention {
  if (OWN_UNIT.test(text)) return { kind: 'own' };
  const mention = trimFillers(METRIC_PATTERNS.reduce((rest, [, pattern]) => rest.replace(new RegExp(pattern.source, 'g'), ' '), text));
  return mention === '' ? { kind: 'scope' } : { kind: 'named', text: mention };
}

/** Trims fillers from each space-separated piece and joins what is left ("综治工作经费 多少" → "综治工作经费"). */
function trimFillers(text: string): string {
  return text
    .split(' ')
    .map((piece) => piece.replace(LEADING_FILLERS, '').replace(TRAILING_FILLERS, '').replace(/^的|的$/g, ''))
    .join('');
}
