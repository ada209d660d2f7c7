import { deadline } from './rules/deadline.js';
import { completionRate, costSavingRate, executionRate, fundingRate, qualityRate } from './rules/formulas.js';
import { equals, higherIsBetter } from './rules/higher-is-better.js';
import { lowerIsBetterLinear, lowerIsBetterRatio } from './rules/lower-is-better.js';
import { manual } from './rules/manual.js';
import { qualitativeTiers } from './rules/qualitative-tiers.js';
import type { ScoringRule } from './scoring-rule.js';

export const DEFAULT_RULES: readonly ScoringRule[] = [
  higherIsBetter,
  equals,
  lowerIsBetterLinear,
  lowerIsBetterRatio,
  deadline,
  qualitativeTiers,
  fundingRate,
  executionRate,
  completionRate,
  qualityRate,
  costSavingRate,
  manual,
];

/**
 * The rules a scoring run may use, by id. Local rules are added with {@link ScoringRuleRegistry.with}
 * (a new registry: registries are immutable, so one evaluation never sees another's rules).
 */
export class ScoringRuleRegistry {
  private readonly byId: ReadonlyMap<string, ScoringRule>;

  constructor(rules: readonly ScoringRule[] = DEFAULT_RULES) {
    const byId = new Map<string, ScoringRule>();
    for (const rule of rules) {
      if (byId.has(rule.id)) throw new Error(`scoring rule id "${rule.id}" is registered twice`);
      byId.set(rule.id, rule);
    }
    this.byId = byId;
  }

  with(...rules: ScoringRule[]): ScoringRuleRegistry {
    return new ScoringRuleRegistry([...[...this.byId.values()].filter((r) => !rules.some((n) => n.id === r.id)), ...rules]);
  }

  get(id: string): ScoringRule | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }
}

export const defaultRegistry = new ScoringRuleRegistry();
