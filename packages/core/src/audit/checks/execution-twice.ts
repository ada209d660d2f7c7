import type { Indicator } from '../../indicators/indicator.js';
import { formatScore } from '../../money/rounding.js';
import type { AuditContext } from '../audit-context.js';
import { indicatorPath } from '../audit-context.js';
import { finding, type Finding } from '../finding.js';

const EXECUTION_NAME = /预算(?:资金)?执行率/u;

/**
 * Budget execution scored twice: once as the 预算执行率 row of the funds block, again as an
 * indicator of another level (鄂州: 产出 “预算执行率” 20分; a 湖北-style table's “预算资金执行率”
 * 10分 under 时效) — the same spending earns points in two places of one total.
 */
export function checkExecutionCountedTwice({ evaluation }: AuditContext): Finding[] {
  const { indicators } = evaluation;
  const row = indicators.find((i) => i.level1 === 'budgetExecution');
  if (!row) return [];
  const findings: Finding[] = [];
  indicators.forEach((indicator, index) => {
    if (indicator.level1 !== 'budgetExecution' && indicator.name.includes('执行率') && EXECUTION_NAME.test(indicator.name)) findings.push(countedTwice(indicator, index, row));
  });
  return findings;
}

function countedTwice(indicator: Indicator, index: number, row: Indicator): Finding {
  return finding(
    'framework.executionCountedTwice',
    'warning',
    indicatorPath(index),
    () => `“${indicator.name}”（分值 ${formatScore(indicator.weight)}）又把预算执行情况作为一项指标计分，而资金情况一栏的预算执行率已计 ${formatScore(row.weight)} 分：同一项支出在总分中计了两次`,
    indicator.weight,
    row.weight,
  );
}
