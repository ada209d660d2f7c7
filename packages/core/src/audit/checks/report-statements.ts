import type { ReportStatements, StatedIndicatorCount } from '../../evaluation/report-statements.js';
import type { Evaluation } from '../../evaluation/evaluation.js';
import type { Indicator } from '../../indicators/indicator.js';
import { Decimal } from '../../money/decimal.js';
import { formatWanYuan } from '../../money/rounding.js';
import { formatTarget } from '../../targets/format-target.js';
import { OPERATOR_SIGNS } from '../../targets/operators.js';
import { parseTarget } from '../../targets/parse-target.js';
import type { AuditContext } from '../audit-context.js';
import { indicatorPath } from '../audit-context.js';
import { finding, type Finding } from '../finding.js';

/**
 * The report's words against its own numbers (ReportStatements): the number of 三级指标 a section
 * says it has against the ones it scores, money the prose says was used beyond the whole budget,
 * and targets the results section restates without their ≥ / ≤. Project files without statements
 * (自评表, hand-written) have nothing here to check.
 */
export function checkReportStatements({ evaluation, figures, fiscalYear }: AuditContext): Finding[] {
  const statements = evaluation.statements;
  if (!statements) return [];
  const findings: Finding[] = [];
  statements.indicatorCounts.forEach((stated, i) => {
    const counted = scoredUnits(evaluation, statements, stated.level1);
    if (counted.units !== stated.count) findings.push(countMismatch(evaluation, stated, i, counted));
  });

  // The whole budget: what was planned, adjusted or received, whichever is largest.
  const ceiling = Decimal.max(Decimal.max(figures.budgetAmount, figures.adjustedBudgetAmount), figures.receivedAmount);
  statements.amounts.forEach(({ amount, text }, i) => {
    if (!amount.gt(ceiling)) return;
    findings.push(
      finding(
        'statement.amountAboveBudget',
        'warning',
        `evaluation.statements.amounts[${i}]`,
        () => `报告称“${text}”，其中 ${formatWanYuan(amount)} 超过本项目全部预算 ${formatWanYuan(ceiling)}：如不是本项目的资金，报告应写明来源`,
        amount,
        ceiling,
      ),
    );
  });

  for (const { indicator: index, text } of statements.restatedTargets) {
    const indicator = evaluation.indicators[index];
    const target = indicator?.target;
    if (!indicator || target?.kind !== 'quantitative' || target.operatorImplied || target.operator === 'eq') continue;
    const restated = parseTarget(text, { fiscalYear });
    if (!restated.ok || restated.value.kind !== 'quantitative' || !restated.value.operatorImplied) continue;
    const { quantity } = restated.value;
    if (!quantity.value.eq(target.quantity.value) || quantity.unit !== target.quantity.unit) continue;
    findings.push(operatorDropped(indicator, index, text, target.text, formatTarget(target), OPERATOR_SIGNS[target.operator]));
  }
  return findings;
}

interface CountedUnits {
  /** Indicators of the dimension, a block sharing one 分值 counted once: what the text scores. */
  readonly units: number;
  readonly listed: readonly Indicator[];
  /** Blocks sharing one 分值 within the dimension. */
  readonly blocks: readonly { readonly first: Indicator; readonly size: number; readonly text: string }[];
}

function scoredUnits(evaluation: Evaluation, statements: ReportStatements, level1: string): CountedUnits {
  const listed = evaluation.indicators.filter((i) => i.level1 === level1);
  const blocks: { first: Indicator; size: number; text: string }[] = [];
  let units = listed.length;
  for (const block of statements.sharedWeights) {
    const members = block.indicators.map((index) => evaluation.indicators[index]).filter((i): i is Indicator => i?.level1 === level1);
    const first = members[0];
    if (!first) continue;
    units -= members.length - 1;
    blocks.push({ first, size: members.length, text: block.text });
  }
  return { units, listed, blocks };
}

function countMismatch(evaluation: Evaluation, stated: StatedIndicatorCount, index: number, counted: CountedUnits): Finding {
  const dimension = evaluation.framework.dimensions.find((d) => d.id === stated.level1)?.name ?? stated.level1;
  const describe = (): string => {
    const listed = counted.listed.length;
    const names = counted.listed.map((i) => `“${i.name}”`);
    const shown = names.length > 8 ? `${names.slice(0, 8).join('、')}等` : names.join('、');
    if (counted.blocks.length === 0) return `报告称“${dimension}”类指标“${stated.text}”，但列出并计分的三级指标有 ${listed} 项：${shown}`;
    const blocks = counted.blocks.map((b) => `“${b.first.name}”等 ${b.size} 项合用一个分值（“${b.text}”）`).join('；');
    return `报告称“${dimension}”类指标“${stated.text}”，列出的三级指标有 ${listed} 项，逐一给出分值和得分的只有 ${counted.units} 处：${blocks}`;
  };
  return finding('statement.indicatorCount', 'warning', `evaluation.statements.indicatorCounts[${index}]`, describe, Decimal.from(stated.count), Decimal.from(counted.units));
}

/** `computed` is the target in its canonical spelling (≧ and ≥ are one operator); the message quotes it as written. */
function operatorDropped(indicator: Indicator, index: number, restated: string, target: string, canonical: string, sign: string): Finding {
  return finding(
    'target.operatorDropped',
    'warning',
    `${indicatorPath(index)}.target`,
    () => `“${indicator.name}”的指标值为“${target}”，报告在完成情况中写为“${restated}”，略去了“${sign}”，与设定的指标值不一致`,
    restated,
    canonical,
  );
}
