import type { QualitativeExpectation } from './target.js';

/**
 * The qualitative phrases read, matched whole (never by a keyword inside a longer sentence, which
 * would be a guess). Sources: 逐步提高 from the sample report's 效益 indicators, 显著提升 from the
 * published 中江县 2022 self-evaluation table, 达成 from the three-tier scale (达成 / 部分达成 /
 * 未达成年度指标) that the published tables quote; the variants are how the same idea is written
 * across forms.
 */

/** Adverbs before a verb of change that say nothing about its size: 逐步提高, 有所降低. */
const GRADUAL = ['', '逐步', '有所', '持续', '不断', '进一步', '稳步', '逐年', '得到', '得到进一步'];
/** Adverbs that make the change a large one: 显著提升, 明显提高, 大幅提升. */
const SIGNIFICANT = ['显著', '明显', '大幅', '大幅度', '大大', '极大', '得到显著', '得到明显'];
const RAISE = ['提高', '提升', '增加', '增强', '改善', '上升', '增长', '加强', '优化'];
const LOWER = ['降低', '减少', '下降', '减轻', '缩小', '缩短'];

const FIXED: ReadonlyArray<readonly [QualitativeExpectation, readonly string[]]> = [
  [
    'achieve',
    [
      '达成',
      '已达成',
      '达成目标',
      '达成年度指标',
      '达成预期指标',
      '完成',
      '已完成',
      '全部完成',
      '按时完成',
      '按期完成',
      '如期完成',
      '完成目标',
      '达标',
      '已达标',
      '全部达标',
      '实现',
      '已实现',
      '达到',
      '达到预期',
      '达到预期目标',
      '符合要求',
      '符合标准',
      '合格',
      '是',
    ],
  ],
  ['maintain', ['稳定', '保持稳定', '持续稳定', '基本稳定', '总体稳定', '长期稳定', '稳定运行', '保持', '维持']],
  [
    'good',
    ['好', '良好', '较好', '很好', '优', '优良', '优秀', '良', '满意', '较满意', '非常满意', '显著', '明显', '效果良好', '效果显著', '效果明显'],
  ],
];

function buildTable(): ReadonlyMap<string, QualitativeExpectation> {
  const table = new Map<string, QualitativeExpectation>();
  for (const verb of RAISE) {
    for (const adverb of GRADUAL) table.set(adverb + verb, 'improve');
    for (const adverb of SIGNIFICANT) table.set(adverb + verb, 'improveSignificantly');
    // Written the other way round too: 提升明显, 提高显著.
    table.set(`${verb}明显`, 'improveSignificantly');
    table.set(`${verb}显著`, 'improveSignificantly');
  }
  for (const verb of LOWER) {
    for (const adverb of [...GRADUAL, ...SIGNIFICANT]) table.set(adverb + verb, 'reduce');
  }
  for (const [expectation, phrases] of FIXED) for (const phrase of phrases) table.set(phrase, expectation);
  return table;
}

const PHRASES = buildTable();

/** The expectation a whole (normalised) text states, or `undefined` when it is not one of the phrases. */
export function readQualitative(text: string): QualitativeExpectation | undefined {
  return PHRASES.get(text);
}

/** The canonical phrase for each expectation, the one {@link readQualitative} reads back. */
export const CANONICAL_PHRASES: Readonly<Record<QualitativeExpectation, string>> = {
  improve: '逐步提高',
  improveSignificantly: '显著提升',
  achieve: '达成',
  maintain: '保持稳定',
  reduce: '有所降低',
  good: '良好',
};
