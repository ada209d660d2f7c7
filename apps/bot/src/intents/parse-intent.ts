import { findExpense, findIndicatorAspect } from './aspects.js';
import { translateEnglish } from './english.js';
import type { ListFilter, ParsedIntent, ProjectMetric, RegionFocus, UnitMention } from './intent.js';
import { normalizeText, parseSmallNumber } from './normalize.js';
import { extractTime, type TimeRef } from './time-phrases.js';
import {
  ALERT_COUNT,
  DETAIL,
  EXECUTION_RANK,
  LEADING_FILLERS,
  METRIC_PATTERNS,
  OWN_UNIT,
  PLURAL,
  PROJECT_COUNT,
  REGION_RANK,
  REGION_WHOLE,
  TRAILING_FILLERS,
  UNIT_RANK,
  UNIT_WHOLE,
} from './vocabulary.js';

const CHOICE = /^(?:选|选择|第)?\s*(\d{1,2}|[一二两三四五六七八九十])\s*(?:个|项|号)?$/;
const HELP_DATA_DATE = /数据.{0,3}(更新|截至|截止)|更新到|数据是?(哪天|哪一天|什么时候)|最新数据|数据日期|什么时候的数据/;
const HELP = /^(帮助|help|菜单|\?|怎么用|使用说明|说明|你好|您好|hi|hello|在吗)$|你能查什么|能查些?什么|可以查些?什么|能做什么|会什么|有什么功能|能干什么|怎么问|支持哪些/;
const DEFAULT_LIST_LIMIT = 5;
/** A list that asks for projects by name of the list ("哪些项目"), not a project's own details ("有哪些偏差"). */
const ASKS_FOR_PROJECTS = /哪些项目|哪几个项目|哪个项目|项目有哪些|的项目|项目.{0,2}(排名|排行)|多少个项目|几个项目/;
/** Project questions whose words would otherwise read as a list ("综治工作经费有哪些偏差", "发现了哪些问题"). */
const PROJECT_DETAIL_METRICS: ReadonlySet<ProjectMetric> = new Set(['auditFindings', 'lostPoints', 'indicatorDeviations', 'failedIndicators']);

/**
 * Reads one message into an intent. Pure and platform-free: names stay as mentions here and are resolved
 * against the data in `recognise`; relative years stay relative until the data says which years exist.
 */
export function parseIntent(rawText: string): ParsedIntent {
  const text = translateEnglish(normalizeText(rawText));
  const choice = CHOICE.exec(text);
  if (choice?.[1] !== undefined) {
    const index = parseSmallNumber(choice[1]);
    if (index !== undefined && index > 0) return { kind: 'choice', index };
  }
  if (DETAIL.test(text)) return { kind: 'detail' };
  if (HELP_DATA_DATE.test(text)) return { kind: 'help', topic: 'dataDate' };
  if (text === '' || HELP.test(text)) return { kind: 'help', topic: 'capabilities' };

  const { time, rest } = extractTime(text);
  const detailMetric = METRIC_PATTERNS.find(([metric, pattern]) => PROJECT_DETAIL_METRICS.has(metric) && pattern.test(rest));
  if (detailMetric !== undefined && !ASKS_FOR_PROJECTS.test(rest)) return projectMetric(detailMetric[0], detailMetric[1], rest, time);

  const region = regionQuestion(rest, time);
  if (region !== undefined) return region;
  if (PROJECT_COUNT.test(rest) && listFilter(rest) === undefined) {
    return { kind: 'unitSummary', unit: unitMention(stripListWords(rest.replace(PROJECT_COUNT, ' '))), time };
  }
  if (PLURAL.test(rest) || EXECUTION_RANK.test(rest)) {
    const filter = listFilter(rest);
    if (filter !== undefined) return { kind: 'projectList', filter, unit: unitMention(stripListWords(rest)), time };
  }
  if (UNIT_WHOLE.test(rest) || OWN_UNIT.test(rest)) {
    return { kind: 'unitSummary', unit: unitMention(rest.replace(UNIT_WHOLE, ' ')), time };
  }
  const expense = findExpense(rest);
  if (expense !== undefined) return { ...projectMetric('expense', null, cutMetricWords(expense.rest), time), aspect: expense.aspect };
  const indicator = findIndicatorAspect(rest);
  if (indicator !== undefined) return { ...projectMetric('indicator', null, cutMetricWords(indicator.rest), time), aspect: indicator.aspect };
  const matched = METRIC_PATTERNS.find(([, pattern]) => pattern.test(rest));
  return matched === undefined ? projectMetric('overview', null, rest, time) : projectMetric(matched[0], matched[1], rest, time);
}

/** Only the phrase that decided the metric is cut out: other metric words may belong to the name (预算绩效管理经费). */
function projectMetric(metric: ProjectMetric, phrase: RegExp | null, text: string, time: TimeRef): Extract<ParsedIntent, { kind: 'projectMetric' }> {
  const mention = phrase === null ? text : text.replace(new RegExp(phrase.source, 'g'), ' ');
  return { kind: 'projectMetric', metric, projectMention: trimFillers(mention), aspect: null, time };
}

/** An expense or indicator question may still carry a money word (宣传费花了多少): it is not part of the name. */
function cutMetricWords(text: string): string {
  const matched = METRIC_PATTERNS.find(([, pattern]) => pattern.test(text));
  return matched === undefined ? text : text.replace(new RegExp(matched[1].source, 'g'), ' ');
}

/** Leaders' questions about a region as a whole, its counties or its units. */
function regionQuestion(text: string, time: TimeRef): ParsedIntent | undefined {
  const focus: RegionFocus | undefined = REGION_RANK.test(text)
    ? 'rankRegions'
    : UNIT_RANK.test(text)
      ? 'rankUnits'
      : REGION_WHOLE.test(text)
        ? ALERT_COUNT.test(text) || /红灯|黄灯|预警/.test(text)
          ? 'alerts'
          : 'overview'
        : undefined;
  if (focus === undefined) return undefined;
  // "全州哪些项目执行率低于序时进度" lists projects (over the leader's scope); only alerts are counted per region.
  const filter = listFilter(text);
  if (focus === 'overview' && PLURAL.test(text) && filter !== undefined) return undefined;
  return { kind: 'regionSummary', region: { kind: 'own' }, focus, time };
}

function listFilter(text: string): ListFilter | undefined {
  const limit = listLimit(text);
  const below = /(低于|小于|不到|不足|少于|未达到?|没达到?|<)\s*(\d+(?:\.\d+)?)\s*%?|(\d+(?:\.\d+)?)\s*%\s*(以下|之下)/.exec(text);
  if (below !== null) return { kind: 'executionBelow', percent: Number(below[2] ?? below[3]) };
  if (/序时|落后|滞后|进度慢|进度偏慢|进度较慢|跟不上|赶不上/.test(text)) return { kind: 'belowTimeProgress' };
  if (/偏差|偏离/.test(text)) return { kind: 'largestDeviation', limit };
  if (/(分|分数|评价|绩效).{0,2}(最低|最少|最差|靠后)|(最低|最差).{0,2}分|倒数/.test(text)) return { kind: 'lowestScore', limit };
  if (/红灯|黄灯|预警|亮灯/.test(text)) return { kind: 'alerted' };
  if (EXECUTION_RANK.test(text)) {
    const descending = /最高|最快|最好/.test(text) || (/排名|排行/.test(text) && !/最低|最慢|最差|倒数/.test(text));
    // "哪个" asks for one project; a ranking shows the first ten.
    const rankLimit = /哪个|哪一个/.test(text) ? 1 : /排名|排行/.test(text) ? 10 : limit;
    return { kind: 'rankByExecution', direction: descending ? 'desc' : 'asc', limit: rankLimit };
  }
  return undefined;
}

function listLimit(text: string): number {
  const match = /(?:前|倒数)\s*([\d一二两三四五六七八九十]{1,3})\s*[个名项位]?|([\d一二两三四五六七八九十]{1,3})\s*个项目/.exec(text);
  const count = match?.[1] ?? match?.[2];
  const limit = count === undefined ? undefined : parseSmallNumber(count);
  return limit !== undefined && limit > 0 ? Math.min(limit, 20) : DEFAULT_LIST_LIMIT;
}

const LIST_WORDS =
  /哪些|哪几个|哪个|哪一个|有几个|几个|多少个|列出|列一下|清单|排名|排行|前\s*[\d一二两三四五六七八九十]{1,3}\s*[个名项位]?|[\d一二两三四五六七八九十]{1,3}\s*个|在|倒数|所有|项目|有|的|执行率|支出进度|执行进度|执行|进度|低于|小于|不到|不足|少于|未达到?|没达到?|以下|之下|\d+(\.\d+)?\s*%?|序时|落后|滞后|慢|偏慢|较慢|跟不上|赶不上|偏差|偏离|最大|较大|比较大|大|得分|分数|评价|绩效|最低|最高|最快|最慢|最好|最少|最差|靠后|分|红灯|黄灯|红色|黄色|预警|亮灯|亮|全州|全市|全县|全区|全地区|是|了|呢|吗|数/g;

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
