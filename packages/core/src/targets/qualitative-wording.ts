import type { QualitativeTier } from '../indicators/indicator.js';
import { normaliseText } from './normalise-text.js';

/**
 * How 自评表 write the result of a qualitative indicator, mapped to the three tiers of
 * 财预〔2020〕10号 (达成 / 部分达成 / 未达成年度指标). The table is docs/qualitative-wording.md;
 * a wording is matched whole, after the form's punctuation is normalised — never by a keyword
 * inside a longer sentence, which would be a guess. Negations and partial forms are listed
 * before they could be mistaken for their positive stem.
 */
export const QUALITATIVE_WORDING: Readonly<Record<QualitativeTier, readonly string[]>> = {
  notAchieved: ['未达成', '未达成预期指标', '未达成年度指标', '未达到', '未达到预期', '未完成', '未按时完成', '未按期完成', '不符合', '不合格', '未实现', '效果较差', '效果差', '否', '不满意'],
  partiallyAchieved: [
    '部分达成',
    '部分达成预期指标',
    '部分达成年度指标',
    '基本达成',
    '基本达到',
    '基本完成',
    '部分完成',
    '基本符合',
    '基本实现',
    '部分实现',
    '效果一般',
    '有一定效果',
    '基本满意',
  ],
  achieved: [
    '达成',
    '已达成',
    '达成预期',
    '达成预期指标',
    '达成年度指标',
    '达成目标',
    '达到',
    '已达到',
    '达到预期',
    '达到预期目标',
    '达到要求',
    '完成',
    '已完成',
    '全部完成',
    '按时完成',
    '按期完成',
    '如期完成',
    '完成目标',
    '符合',
    '符合要求',
    '符合标准',
    '符合规定',
    '符合相关文件要求',
    '严格执行',
    '严格执行制度',
    '严格执行相关制度',
    '严格执行相关制度规定',
    '效果明显',
    '效果显著',
    '成效明显',
    '成效显著',
    '显著',
    '明显',
    '实现',
    '已实现',
    '达标',
    '合格',
    '是',
    '满意',
  ],
};

const TIER_BY_WORDING: ReadonlyMap<string, QualitativeTier> = new Map(
  (Object.entries(QUALITATIVE_WORDING) as [QualitativeTier, readonly string[]][]).flatMap(([tier, words]) => words.map((word) => [word, tier] as const)),
);

/** The tier a written result names (“达成预期指标” → achieved), or undefined when it is not in the table. */
export function tierOfWording(text: string): QualitativeTier | undefined {
  return TIER_BY_WORDING.get(normaliseText(text).replace(/[。.!！]+$/u, ''));
}
