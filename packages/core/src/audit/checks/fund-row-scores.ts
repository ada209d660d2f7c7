import type { StatedFundRow } from '../../budget/budget.js';
import type { Decimal, Ratio } from '../../money/decimal.js';
import { formatScore, formatWanYuan } from '../../money/rounding.js';
import { weightTimesRate } from '../../scoring/derivation.js';
import { scoreFromRate } from '../../scoring/rules/clamp.js';
import type { AuditContext } from '../audit-context.js';
import { finding, type Finding } from '../finding.js';

/**
 * A 其中 row that prints a 分值 and 得分 of its own (绥阳 部门整体: 基本支出 914.97 of 985.19万元
 * scored “10 / 10”): scored on its own rate, capped at its weight, the rule gives what it gives
 * (9.29 there). Only the total row's score is the 预算执行率 indicator; a part's own claim is still
 * a claim the table makes.
 */
export function checkFundRowScores({ budget, evaluation }: AuditContext): Finding[] {
  const tolerance = evaluation.framework.settings.scoreTolerance;
  const findings: Finding[] = [];
  (budget.fundRows ?? []).forEach((row, index) => {
    const { weight, score, spentAmount } = row;
    const base = row.adjustedBudgetAmount ?? row.budgetAmount;
    if (row.role !== 'part' || weight === undefined || score === undefined || spentAmount === undefined || base === undefined || base.isZero()) return;
    const rate = spentAmount.dividedBy(base);
    const rule = scoreFromRate(weight, rate);
    if (score.minus(rule).abs().gt(tolerance)) findings.push(rowScoreDiffers(row, index, { weight, score, rule, rate, spent: spentAmount, base }));
  });
  return findings;
}

function rowScoreDiffers(row: StatedFundRow, index: number, f: { weight: Decimal; score: Decimal; rule: Decimal; rate: Ratio; spent: Decimal; base: Decimal }): Finding {
  return finding(
    'score.mismatch',
    'error',
    `budget.fundRows[${index}].score`,
    () =>
      `资金情况“${row.label}”一行自带分值 ${formatScore(f.weight)}、得分 ${formatScore(f.score)}；按该行的执行率应为 ${formatScore(f.rule)}（${weightTimesRate(f.weight, f.rate, f.rule)}，执行数 ${formatWanYuan(f.spent)} ÷ ${row.adjustedBudgetAmount ? '全年预算数' : '年初预算数'} ${formatWanYuan(f.base)}）；总分中的预算执行率按总额一行计${row.where ? `（${row.where}）` : ''}`,
    f.score,
    f.rule,
  );
}
