import {
  COMPLETION_LIKELIHOOD_LABELS,
  DEVIATION_CAUSE_CATEGORY_LABELS,
  hasDeviationReason,
  indicatorDeviation,
  reasonRequirements,
  type Deviation,
} from '@jixiao/core';
import { points } from '../../common/models/points.js';
import { Rate } from '../../common/models/rate.model.js';
import type { AnalysedProject } from '../../graphql/request-loaders.js';
import { CompletionLikelihood, DeviationCauseCategory, QualitativeTier } from '../projects/models/enums.js';
import type { Indicator, IndicatorDeviation } from './models/indicator.model.js';

/** The stored indicators joined, by position, with what the core computed for them. */
export function indicatorViews({ aggregate, analysis }: AnalysedProject): Indicator[] {
  const loaded = analysis.project.evaluation?.indicators ?? [];
  const scores = analysis.report?.card.indicators ?? [];
  const settings = analysis.project.evaluation?.framework.settings;
  return aggregate.indicators.map((row, index) => {
    const indicator = loaded[index];
    const scored = scores[index];
    if (!indicator || !scored || !settings) throw new Error(`indicator ${row.key} is missing from the analysis`);
    const requirements = reasonRequirements(indicator, scored.outcome.ok ? scored.score : undefined, settings);
    return {
      id: row.id,
      key: row.key,
      level1: row.level1,
      level2: row.level2,
      name: row.name,
      weight: points(row.weight),
      target: row.target,
      actual: row.actual,
      rule: scored.ruleId,
      ruleLabel: scored.ruleLabel,
      formula: row.formula,
      tier: row.tier === null ? null : QualitativeTier[row.tier],
      manualScore: row.manualScore === null ? null : points(row.manualScore),
      justification: row.justification,
      deviationReason: row.deviationReason,
      deviationCauseCategory: row.deviationCauseCategory === null ? null : DeviationCauseCategory[row.deviationCauseCategory],
      deviationCauseCategoryLabel: row.deviationCauseCategory === null ? null : DEVIATION_CAUSE_CATEGORY_LABELS[row.deviationCauseCategory],
      completionLikelihood: row.completionLikelihood === null ? null : CompletionLikelihood[row.completionLikelihood],
      completionLikelihoodLabel: row.completionLikelihood === null ? null : COMPLETION_LIKELIHOOD_LABELS[row.completionLikelihood],
      evidence: row.evidence,
      claimedScore: row.claimedScore === null ? null : points(row.claimedScore),
      claimedStatement: row.claimedStatement,
      score: scored.outcome.ok ? points(scored.score) : null,
      derivation: scored.derivation,
      deviation: deviationView(indicatorDeviation(indicator)),
      reasonRequirements: requirements.map((r) => r.message),
      reasonMissing: requirements.length > 0 && !hasDeviationReason(indicator),
      readProblems: indicator.readProblems.map((p) => p.message),
    };
  });
}

function deviationView(deviation: Deviation): IndicatorDeviation {
  const none = { deviation: null, deviationRate: null, days: null, meetsTarget: null, message: null };
  switch (deviation.kind) {
    case 'quantitative':
      return {
        ...none,
        kind: deviation.kind,
        deviation: deviation.deviation,
        deviationRate: deviation.deviationRate ? Rate.of(deviation.deviationRate) : null,
        meetsTarget: deviation.meetsTarget,
      };
    case 'date':
      return { ...none, kind: deviation.kind, days: deviation.days, meetsTarget: deviation.meetsTarget };
    case 'qualitative':
      return { ...none, kind: deviation.kind };
    case 'unitMismatch':
    case 'notComparable':
      return { ...none, kind: deviation.kind, message: deviation.message };
  }
}
