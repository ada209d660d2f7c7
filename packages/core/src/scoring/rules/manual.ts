import { formatScore } from '../../money/rounding.js';
import type { ScoringRule } from '../scoring-rule.js';

/** A score set by the evaluator, allowed only with a written justification and within [0, w]. */
export const manual: ScoringRule = {
  id: 'manual',
  label: '人工评分（须说明理由）',
  basis: '财预〔2020〕10号 第二十条：评价结果应有充分佐证',
  score(indicator) {
    const score = indicator.manualScore;
    if (score === undefined) return { ok: false, code: 'missingScore', reason: `“${indicator.name}”未给出人工评分` };
    const justification = indicator.justification?.trim();
    if (!justification) return { ok: false, code: 'missingScore', reason: `“${indicator.name}”的人工评分缺少评分理由` };
    if (score.isNegative() || score.gt(indicator.weight)) {
      return { ok: false, code: 'notComputable', reason: `“${indicator.name}”的人工评分 ${formatScore(score)} 超出 [0, ${formatScore(indicator.weight)}]` };
    }
    return { ok: true, score: score.round(2), explain: () => `人工评分 ${formatScore(score)}：${justification}` };
  },
};
