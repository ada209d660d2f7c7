import type { Indicator } from '../../indicators/indicator.js';
import type { IndicatorScore } from '../../scoring/score-card.js';
import type { AuditContext } from '../audit-context.js';
import { indicatorPath } from '../audit-context.js';
import { finding, type Finding } from '../finding.js';

/**
 * A 偏差原因 that says a count fell (“受疫情影响开展调研指导工作次数有所减少”) where every indicator
 * counted in that unit met its ≥ target: the reason explains a shortfall the numbers do not show.
 * The clause names its measure (次数 → 次, 人数 → 人, …), not always the indicator, so it is held
 * against all indicators of that unit, and only when none of them fell short — a reason that may
 * be about one that did is not called a contradiction.
 */
const SHORTFALL = /([^，,。；;、]*?)(次数|人数|场次|户数|天数|个数)[^，,。；;]{0,6}?(?:有所|明显|大幅|略有)?(?:减少|下降|降低|未达到|未完成|不足)/g;

const UNIT_OF_MEASURE: Readonly<Record<string, string>> = { 次数: '次', 场次: '场', 人数: '人', 户数: '户', 天数: '天', 个数: '个' };

export function checkReasonContradictions({ card }: AuditContext): Finding[] {
  let findings: Finding[] | undefined;
  const scored = card.indicators;
  for (let index = 0; index < scored.length; index += 1) {
    const reason = scored[index]?.indicator.deviationReason;
    // Most reasons name no count that fell: the regular expression runs only on those that do.
    if (reason === undefined || !/减少|下降|降低|未达到|未完成|不足/.test(reason)) continue;
    for (const match of reason.matchAll(SHORTFALL)) {
      const unit = UNIT_OF_MEASURE[match[2] ?? ''];
      if (!unit) continue;
      const counted = scored.filter((s) => countsIn(s.indicator, unit));
      if (counted.length === 0 || !counted.every(metTarget)) continue;
      (findings ??= []).push(contradiction(scored[index]?.indicator as Indicator, index, match[0].trim(), counted));
    }
  }
  return findings ?? [];
}

function countsIn({ target, actual }: Indicator, unit: string): boolean {
  return target?.kind === 'quantitative' && target.quantity.unit === unit && actual?.kind === 'quantitative' && actual.quantity.unit === unit;
}

/** Met or exceeded a ≥ / > / = target: the actual is at least the target. */
function metTarget({ indicator }: IndicatorScore): boolean {
  const { target, actual } = indicator;
  if (target?.kind !== 'quantitative' || actual?.kind !== 'quantitative') return false;
  if (target.operator === 'lte' || target.operator === 'lt') return false;
  return target.operator === 'gt' ? actual.quantity.value.gt(target.quantity.value) : actual.quantity.value.gte(target.quantity.value);
}

function contradiction(owner: Indicator, index: number, clause: string, counted: readonly IndicatorScore[]): Finding {
  const describe = () => {
    const met = counted.map(({ indicator }) => `“${indicator.name}”实际 ${indicator.actualText ?? ''}（指标值 ${indicator.targetText ?? ''}）`).join('、');
    return `“${owner.name}”的偏差原因称“${clause}”，但按同一计量单位统计的指标均已达到指标值：${met}`;
  };
  return finding('reason.contradicts', 'warning', `${indicatorPath(index)}.deviationReason`, describe, clause, counted[0]?.indicator.actualText);
}
