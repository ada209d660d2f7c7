import { Decimal, type CompletionLikelihood, type DeviationCauseCategory, type Formula } from '@jixiao/core';
import type { indicators } from '../../database/schema/index.js';

type StoredIndicator = typeof indicators.$inferSelect;

/** An indicator as setIndicators lists it: undefined means “not said”, null means “clear”. */
export interface IndicatorDefinition {
  readonly key: string;
  readonly position: number;
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly weight: string;
  readonly target: string | null | undefined;
  readonly actual: string | null | undefined;
  readonly rule: string | null | undefined;
  readonly formula: Formula | null | undefined;
  readonly deviationReason: string | null | undefined;
  readonly deviationCauseCategory: DeviationCauseCategory | null | undefined;
  readonly completionLikelihood: CompletionLikelihood | null | undefined;
}

/** The columns setIndicators writes for one listed indicator. */
export type MergedIndicator = Omit<StoredIndicator, 'id' | 'projectId' | 'unitId' | 'regionCode' | 'score' | 'deviationRate' | 'updatedAt'>;

/**
 * A listed indicator over the stored one of the same key: what the list says wins, what it does
 * not say stays. The tier and its score go only when the weight or rule changed, since a tier
 * score is a share of the weight under a rule and would no longer mean what was decided.
 */
export function mergeIndicator(listed: IndicatorDefinition, prior: StoredIndicator | undefined): MergedIndicator {
  const keep = <T>(given: T | null | undefined, stored: T | null | undefined): T | null => (given === undefined ? (stored ?? null) : given);
  const rule = keep(listed.rule, prior?.rule);
  const sameScale = prior !== undefined && Decimal.from(prior.weight).eq(listed.weight) && prior.rule === rule;
  return {
    key: listed.key,
    position: listed.position,
    level1: listed.level1,
    level2: listed.level2,
    name: listed.name,
    weight: listed.weight,
    target: keep(listed.target, prior?.target),
    actual: keep(listed.actual, prior?.actual),
    rule,
    formula: keep(listed.formula, prior?.formula),
    deviationReason: keep(listed.deviationReason, prior?.deviationReason),
    deviationCauseCategory: keep(listed.deviationCauseCategory, prior?.deviationCauseCategory),
    completionLikelihood: keep(listed.completionLikelihood, prior?.completionLikelihood),
    tier: sameScale ? (prior?.tier ?? null) : null,
    manualScore: sameScale ? (prior?.manualScore ?? null) : null,
    justification: sameScale ? (prior?.justification ?? null) : null,
    evidence: prior?.evidence ?? [],
    claimedScore: prior?.claimedScore ?? null,
    claimedStatement: prior?.claimedStatement ?? null,
  };
}
