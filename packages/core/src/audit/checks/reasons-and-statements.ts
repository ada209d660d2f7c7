import { hasDeviationReason, reasonRequirements, type ReasonRequirement } from '../../deviation/reason-requirement.js';
import type { Evaluation } from '../../evaluation/evaluation.js';
import type { Indicator } from '../../indicators/indicator.js';
import type { AuditContext } from '../audit-context.js';
import { indicatorPath } from '../audit-context.js';
import { finding, type Finding } from '../finding.js';
import { assumedWeightsNote } from './assumed-weights.js';

/**
 * Words with which reports declare a result on target — unless negated (未达到预期, 没有完成目标,
 * 不符合预期, 未能达成目标 say the opposite).
 */
const ON_TARGET_WORDS = /(?<!未|没|不|没有|未能|尚未)(?:与(?:预期)?目标(?:值)?一致|达到预期|符合预期|完成(?:了)?(?:预期)?目标|已全部完成|达成(?:年度)?(?:预期)?目标)/;

export function claimsOnTarget(statement: string | undefined): statement is string {
  return statement !== undefined && ON_TARGET_WORDS.test(statement);
}

/**
 * 偏差原因: required whenever score < weight, a cap is exceeded or an overshoot passes the
 * threshold (rules primer). Statements calling a result “与预期目标一致” are checked against the
 * same deviations, for indicators and for the groups a report sums up in one sentence.
 */
export function checkReasonsAndStatements({ evaluation, card }: AuditContext): Finding[] {
  const { settings } = evaluation.framework;
  const { groups } = evaluation.claims;
  const findings: Finding[] = [];
  const scoredIndicators = card.indicators;
  // Requirements are worked out only where a finding can follow from them: for an indicator that
  // gives no reason, or that a statement calls on target. Most deviating indicators give a reason.
  const groupsClaimOnTarget = groups.some((group) => claimsOnTarget(group.statement));
  const deviations: (readonly ReasonRequirement[])[] = [];
  for (let index = 0; index < scoredIndicators.length; index += 1) {
    const scored = scoredIndicators[index];
    if (scored === undefined) continue;
    const { indicator, outcome } = scored;
    const statement = indicator.claimed?.statement;
    const contradicts = claimsOnTarget(statement);
    const reasonGiven = hasDeviationReason(indicator);
    if (reasonGiven && !contradicts && !groupsClaimOnTarget) continue;
    const requirements = reasonRequirements(indicator, outcome.ok ? outcome.score : undefined, settings);
    deviations[index] = requirements;
    if (requirements.length === 0) continue;
    if (contradicts) findings.push(contradiction(indicator.name, statement, requirements, `${indicatorPath(index)}.claimed.statement`, indicator.actualText));
    if (!reasonGiven) findings.push(missingReason(indicator, index, requirements));
  }

  if (!groupsClaimOnTarget) return findings;
  groups.forEach((group, groupIndex) => {
    const { statement } = group;
    if (!claimsOnTarget(statement)) return;
    scoredIndicators.forEach(({ indicator }, index) => {
      const requirements = deviations[index] ?? [];
      if (indicator.level1 !== group.level1 || indicator.level2 !== group.level2 || requirements.length === 0) return;
      findings.push(groupContradiction(evaluation, indicator, statement, requirements, `evaluation.claimed.groups[${groupIndex}].statement`));
    });
  });
  return findings;
}

function missingReason(indicator: Indicator, index: number, requirements: readonly ReasonRequirement[]): Finding {
  return finding('reason.missing', 'warning', `${indicatorPath(index)}.deviationReason`, () => `“${indicator.name}”未填写偏差原因分析及改进措施：${describe(requirements)}`, indicator.actualText || undefined);
}

function contradiction(name: string, statement: string, requirements: readonly ReasonRequirement[], path: string, actualText: string | undefined): Finding {
  return finding('statement.contradicts', 'warning', path, () => `报告称“${name}”“${statement}”，但${describe(requirements)}`, statement, actualText || undefined);
}

/** A group's statement against one of its indicators: its weight may be a share the reader assumed. */
function groupContradiction(evaluation: Evaluation, indicator: Indicator, statement: string, requirements: readonly ReasonRequirement[], path: string): Finding {
  return finding(
    'statement.contradicts',
    'warning',
    path,
    () => `报告称“${indicator.name}”“${statement}”，但${describe(requirements)}${assumedWeightsNote(evaluation, (i) => i === indicator)}`,
    statement,
    indicator.actualText || undefined,
  );
}

function describe(requirements: readonly ReasonRequirement[]): string {
  return requirements.map((r) => r.message).join('；');
}
