import type { ScoringSettings } from '../frameworks/framework.js';
import type { Indicator } from '../indicators/indicator.js';

/**
 * Which rule scores an indicator: its own choice, else its formula, else the framework's default
 * for its kind of target (≥ / ≤ / = / date / qualitative). A manual score with nothing to compute
 * from is scored manually; a qualitative indicator without a target (决策/过程 items) by tiers.
 */
export function selectRuleId(indicator: Indicator, settings: ScoringSettings): string {
  if (indicator.rule) return indicator.rule;
  if (indicator.formula) return indicator.formula;
  const { target } = indicator;
  if (target?.kind === 'quantitative') return settings.defaultRules[target.operator];
  if (target?.kind === 'date') return settings.defaultRules.date;
  if (target?.kind === 'qualitative' || indicator.tier) return settings.defaultRules.qualitative;
  if (indicator.manualScore !== undefined && indicator.justification) return 'manual';
  return settings.defaultRules.qualitative;
}
