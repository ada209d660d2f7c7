import type { ScoreCard } from '@jixiao/core';
import { scoreNumber } from './json-number.js';

/** The stable `jixiao score --json` shape (docs/cli.md). Absent texts are omitted, never null. */
export interface ScoreCardJson {
  readonly totalScore: number;
  readonly grade: string;
  readonly dimensions: readonly { readonly id: string; readonly name: string; readonly weight: number; readonly score: number }[];
  readonly indicators: readonly IndicatorScoreJson[];
}

export interface IndicatorScoreJson {
  readonly id: string;
  /** The framework dimension id, as in `dimensions[].id`. */
  readonly level1: string;
  /** The framework group id. */
  readonly level2: string;
  readonly name: string;
  readonly weight: number;
  /** 年度指标值 as written in the file. */
  readonly target?: string;
  /** 实际完成值 as written in the file. */
  readonly actual?: string;
  readonly score: number;
  readonly rule: string;
  readonly ruleLabel: string;
  readonly derivation: string;
  /** False when no rule could score the indicator; its score is then 0 and the derivation says why. */
  readonly scored: boolean;
}

export function scoreCardJson(card: ScoreCard): ScoreCardJson {
  return {
    totalScore: scoreNumber(card.totalScore),
    grade: card.grade.label,
    dimensions: card.dimensions.map((d) => ({ id: d.id, name: d.name, weight: scoreNumber(d.weight), score: scoreNumber(d.score) })),
    indicators: card.indicators.map(({ indicator, ruleId, ruleLabel, score, derivation, outcome }) => ({
      id: indicator.id,
      level1: indicator.level1,
      level2: indicator.level2,
      name: indicator.name,
      weight: scoreNumber(indicator.weight),
      ...(indicator.targetText === undefined ? {} : { target: indicator.targetText }),
      ...(indicator.actualText === undefined ? {} : { actual: indicator.actualText }),
      score: scoreNumber(score),
      rule: ruleId,
      ruleLabel,
      derivation,
      scored: outcome.ok,
    })),
  };
}
