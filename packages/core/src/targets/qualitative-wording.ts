import type { QualitativeTier } from '../indicators/indicator.js';
import { normaliseText } from './normalise-text.js';
import type { QualitativeExpectation } from './target.js';

/**
 * The one table of qualitative wording (docs/qualitative-wording.md). A wording may be read two
 * ways: as a 指标值 or a measured 实际完成值 it states an expectation (逐步提高, 达成, 保持稳定), and as
 * the written result of a qualitative indicator (完成情况) it may name one of the three tiers of
 * 财预〔2020〕10号 (达成 / 部分达成 / 未达成年度指标). Each wording is listed once with both readings.
 *
 * Wordings are matched whole, after the form's punctuation is normalised — never by a keyword
 * inside a longer sentence, which would be a guess. Sources: 逐步提高 from the sample report's 效益
 * indicators, 显著提升 from the published 中江县 2022 table, the tier wordings from the published
 * tables (池州: “达成预期指标” against “严格执行相关制度规定”, “效果明显”); the variants are how the same
 * idea is written across forms.
 */
interface QualitativeWording {
  /** What the wording states as a target or a measured actual; undefined where it only names a result. */
  readonly expectation: QualitativeExpectation | undefined;
  /** The tier it names as a written result; undefined for a direction (逐步提高), judged against its target instead. */
  readonly tier: QualitativeTier | undefined;
}

const ACHIEVED = 'achieved';
const PARTIAL = 'partiallyAchieved';
const NOT_ACHIEVED = 'notAchieved';

/** [wording, what it states as a target or actual, the tier it names as a result]. */
const TABLE: ReadonlyArray<readonly [string, QualitativeExpectation | undefined, QualitativeTier | undefined]> = [
  // 达成: also what a target of “达成” / “完成” asks for.
  ['达成', 'achieve', ACHIEVED],
  ['已达成', 'achieve', ACHIEVED],
  ['达成目标', 'achieve', ACHIEVED],
  ['达成年度指标', 'achieve', ACHIEVED],
  ['达成预期指标', 'achieve', ACHIEVED],
  ['达成预期', undefined, ACHIEVED],
  ['完成', 'achieve', ACHIEVED],
  ['已完成', 'achieve', ACHIEVED],
  ['全部完成', 'achieve', ACHIEVED],
  ['按时完成', 'achieve', ACHIEVED],
  ['按期完成', 'achieve', ACHIEVED],
  ['如期完成', 'achieve', ACHIEVED],
  ['完成目标', 'achieve', ACHIEVED],
  ['达标', 'achieve', ACHIEVED],
  ['已达标', 'achieve', undefined],
  ['全部达标', 'achieve', undefined],
  ['实现', 'achieve', ACHIEVED],
  ['已实现', 'achieve', ACHIEVED],
  ['达到', 'achieve', ACHIEVED],
  ['已达到', undefined, ACHIEVED],
  ['达到预期', 'achieve', ACHIEVED],
  ['达到预期目标', 'achieve', ACHIEVED],
  ['达到要求', undefined, ACHIEVED],
  ['符合', undefined, ACHIEVED],
  ['符合要求', 'achieve', ACHIEVED],
  ['符合标准', 'achieve', ACHIEVED],
  ['符合规定', undefined, ACHIEVED],
  ['符合相关文件要求', undefined, ACHIEVED],
  ['严格执行', undefined, ACHIEVED],
  ['严格执行制度', undefined, ACHIEVED],
  ['严格执行相关制度', undefined, ACHIEVED],
  ['严格执行相关制度规定', undefined, ACHIEVED],
  ['合格', 'achieve', ACHIEVED],
  ['是', 'achieve', ACHIEVED],
  ['效果明显', 'good', ACHIEVED],
  ['效果显著', 'good', ACHIEVED],
  ['成效明显', undefined, ACHIEVED],
  ['成效显著', undefined, ACHIEVED],
  ['显著', 'good', ACHIEVED],
  ['明显', 'good', ACHIEVED],
  ['满意', 'good', ACHIEVED],
  // 部分达成年度指标并具有一定效果
  ['部分达成', undefined, PARTIAL],
  ['部分达成预期指标', undefined, PARTIAL],
  ['部分达成年度指标', undefined, PARTIAL],
  ['基本达成', undefined, PARTIAL],
  ['基本达到', undefined, PARTIAL],
  ['基本完成', undefined, PARTIAL],
  ['部分完成', undefined, PARTIAL],
  ['基本符合', undefined, PARTIAL],
  ['基本实现', undefined, PARTIAL],
  ['部分实现', undefined, PARTIAL],
  ['效果一般', undefined, PARTIAL],
  ['有一定效果', undefined, PARTIAL],
  ['基本满意', undefined, PARTIAL],
  // 未达成年度指标且效果较差
  ['未达成', undefined, NOT_ACHIEVED],
  ['未达成预期指标', undefined, NOT_ACHIEVED],
  ['未达成年度指标', undefined, NOT_ACHIEVED],
  ['未达到', undefined, NOT_ACHIEVED],
  ['未达到预期', undefined, NOT_ACHIEVED],
  ['未完成', undefined, NOT_ACHIEVED],
  ['未按时完成', undefined, NOT_ACHIEVED],
  ['未按期完成', undefined, NOT_ACHIEVED],
  ['不符合', undefined, NOT_ACHIEVED],
  ['不合格', undefined, NOT_ACHIEVED],
  ['未实现', undefined, NOT_ACHIEVED],
  ['效果较差', undefined, NOT_ACHIEVED],
  ['效果差', undefined, NOT_ACHIEVED],
  ['否', undefined, NOT_ACHIEVED],
  ['不满意', undefined, NOT_ACHIEVED],
  // Expectations that name no tier as a result.
  ...(['稳定', '保持稳定', '持续稳定', '基本稳定', '总体稳定', '长期稳定', '稳定运行', '保持', '维持'] as const).map((w) => [w, 'maintain', undefined] as const),
  ...(['好', '良好', '较好', '很好', '优', '优良', '优秀', '良', '较满意', '非常满意', '效果良好'] as const).map((w) => [w, 'good', undefined] as const),
];

/** Adverbs before a verb of change that say nothing about its size: 逐步提高, 有所降低. */
const GRADUAL = ['', '逐步', '有所', '持续', '不断', '进一步', '稳步', '逐年', '得到', '得到进一步'];
/** Adverbs that make the change a large one: 显著提升, 明显提高, 大幅提升. */
const SIGNIFICANT = ['显著', '明显', '大幅', '大幅度', '大大', '极大', '得到显著', '得到明显'];
const RAISE = ['提高', '提升', '增加', '增强', '改善', '上升', '增长', '加强', '优化'];
const LOWER = ['降低', '减少', '下降', '减轻', '缩小', '缩短'];

/** Directions of change (逐步提高, 提升明显, 有所降低): expectations only, composed from adverb and verb. */
function directions(): [string, QualitativeExpectation][] {
  const rows: [string, QualitativeExpectation][] = [];
  for (const verb of RAISE) {
    for (const adverb of GRADUAL) rows.push([adverb + verb, 'improve']);
    for (const adverb of SIGNIFICANT) rows.push([adverb + verb, 'improveSignificantly']);
    // Written the other way round too: 提升明显, 提高显著.
    rows.push([`${verb}明显`, 'improveSignificantly'], [`${verb}显著`, 'improveSignificantly']);
  }
  for (const verb of LOWER) for (const adverb of [...GRADUAL, ...SIGNIFICANT]) rows.push([adverb + verb, 'reduce']);
  return rows;
}

const WORDINGS: ReadonlyMap<string, QualitativeWording> = new Map([
  ...directions().map(([text, expectation]) => [text, { expectation, tier: undefined }] as const),
  ...TABLE.map(([text, expectation, tier]) => [text, { expectation, tier }] as const),
]);

/** The expectation a whole (normalised) target or actual states, or `undefined` when it is not in the table. */
export function readQualitative(text: string): QualitativeExpectation | undefined {
  return WORDINGS.get(text)?.expectation;
}

/** The tier a written result names (“达成预期指标” → achieved), or undefined when it names none. */
export function tierOfWording(text: string): QualitativeTier | undefined {
  return WORDINGS.get(normaliseText(text).replace(/[。.!！]+$/u, ''))?.tier;
}

/** The wordings naming each tier, in the table's order (the table of docs/qualitative-wording.md). */
export const QUALITATIVE_WORDING: Readonly<Record<QualitativeTier, readonly string[]>> = {
  achieved: TABLE.filter(([, , tier]) => tier === ACHIEVED).map(([text]) => text),
  partiallyAchieved: TABLE.filter(([, , tier]) => tier === PARTIAL).map(([text]) => text),
  notAchieved: TABLE.filter(([, , tier]) => tier === NOT_ACHIEVED).map(([text]) => text),
};

/** The canonical phrase for each expectation, the one {@link readQualitative} reads back. */
export const CANONICAL_PHRASES: Readonly<Record<QualitativeExpectation, string>> = {
  improve: '逐步提高',
  improveSignificantly: '显著提升',
  achieve: '达成',
  maintain: '保持稳定',
  reduce: '有所降低',
  good: '良好',
};

