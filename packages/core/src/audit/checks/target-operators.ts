import type { Indicator } from '../../indicators/indicator.js';
import { withoutCurrency } from '../../targets/implied-operator.js';
import { OPERATOR_SIGNS } from '../../targets/operators.js';
import type { AuditContext } from '../audit-context.js';
import { indicatorPath } from '../audit-context.js';
import { finding, type Finding } from '../finding.js';

/**
 * Words of a count that is better smaller: a 数量指标 of these is rightly capped (“安全事故 ≤0次”,
 * “投诉 ≤2件”). Any other count in 产出数量 is something to deliver.
 */
const FEWER_IS_BETTER = /事故|投诉|违规|违纪|违法|差错|失误|超标|损失|不合格|案件|发案|死亡|伤亡|拖欠|逾期|滞留|返工|整改|问题|成本|费用|时间|时长|天数|周期/u;

/**
 * How targets are written. A 成本指标 amount without its currency (零陵: “每亩300”) is read as money,
 * and said so. An upper bound (≤ / <) written as the target of a 产出数量 indicator (金寨: “开展精品示范村建设数量
 * ≤4”): a quantity to deliver is a floor to reach, so the sign is probably written the wrong way
 * round. Said as a probability, never corrected: the score follows the sign as written.
 */
export function checkTargetOperators({ evaluation }: AuditContext): Finding[] {
  const findings: Finding[] = [];
  const { indicators } = evaluation;
  for (let index = 0; index < indicators.length; index += 1) {
    const indicator = indicators[index];
    if (indicator === undefined) continue;
    const { target } = indicator;
    if (indicator.level2 === 'cost' && target?.kind === 'quantitative' && withoutCurrency(target.quantity.unit)) findings.push(noCurrency(indicator, index, target.text));
    if (indicator.level2 !== 'quantity') continue;
    if (target?.kind !== 'quantitative' || target.operatorImplied || (target.operator !== 'lte' && target.operator !== 'lt')) continue;
    if (target.quantity.value.isZero() || FEWER_IS_BETTER.test(indicator.name)) continue;
    findings.push(upperBound(indicator, index, target.text, OPERATOR_SIGNS[target.operator]));
  }
  return findings;
}

function noCurrency({ name }: Indicator, index: number, text: string): Finding {
  return finding(
    'target.moneyUnitMissing',
    'info',
    `${indicatorPath(index)}.target`,
    () => `成本指标“${name}”的年度指标值“${text}”没有写货币单位：按金额（元）理解，未写比较符时按上限计分`,
    text,
  );
}

function upperBound({ name }: Indicator, index: number, text: string, sign: string): Finding {
  return finding(
    'target.upperBoundOnQuantity',
    'warning',
    `${indicatorPath(index)}.target`,
    () => `“${name}”是数量指标，年度指标值“${text}”却是上限（${sign}）：要完成的数量通常是须达到的下限（≥），符号可能写反了；重算按表中所写的“${sign}”计分`,
    text,
  );
}
