import { roundScore } from '../../money/rounding.js';
import { daysBetween, formatChineseDate } from '../../time/plain-date.js';
import { fullMarks } from '../derivation.js';
import type { ScoringRule } from '../scoring-rule.js';

/**
 * 完成及时性 (10号 annex): done on or before the planned date → w; late → w × the framework's
 * `lateScoreShare` (0 unless a province sets a softer deduction). An actual of “完成/按时完成”
 * or 100% counts as on time: published sheets write deadlines' actuals that way.
 */
export const deadline: ScoringRule = {
  id: 'deadline',
  label: '时效指标（按期完成得满分）',
  basis: '财预〔2020〕10号 附件“完成及时性”',
  score(indicator, { settings }) {
    const { target, actual, weight: w } = indicator;
    if (!target || target.kind !== 'date') return { ok: false, code: 'missingTarget', reason: `“${indicator.name}”没有可读的完成期限` };
    if (!actual) return { ok: false, code: 'missingActual', reason: `“${indicator.name}”没有可读的实际完成时间` };
    if (actual.kind === 'qualitative' && actual.expectation === 'achieve') {
      return { ok: true, score: roundScore(w), explain: () => fullMarks(w, `实际“${actual.text}”，按期限 ${formatChineseDate(target.date)} 前完成计`) };
    }
    if (actual.kind === 'quantitative' && actual.quantity.unit === '%' && actual.quantity.value.gte(100)) {
      return { ok: true, score: roundScore(w), explain: () => fullMarks(w, `实际完成 ${actual.text}，按期限 ${formatChineseDate(target.date)} 前完成计`) };
    }
    if (actual.kind !== 'date') {
      return { ok: false, code: 'kindMismatch', reason: `“${indicator.name}”的实际完成值“${actual.text}”不是日期` };
    }
    const late = daysBetween(target.date, actual.date);
    if (late <= 0) {
      return { ok: true, score: roundScore(w), explain: () => fullMarks(w, `实际 ${formatChineseDate(actual.date)} 完成，不晚于期限 ${formatChineseDate(target.date)}`) };
    }
    const score = roundScore(w.times(settings.lateScoreShare));
    return {
      ok: true,
      score,
      explain: () =>
        `实际 ${formatChineseDate(actual.date)} 完成，晚于期限 ${formatChineseDate(target.date)} ${late} 天：${w.normalize().toString()} × ${settings.lateScoreShare.times(100).normalize().toString()}% = ${score.toFixed(2)}`,
    };
  },
};
