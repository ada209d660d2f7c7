import { Decimal } from '../money/decimal.js';
import type { GradeBand, ScoringSettings } from './framework.js';

/** 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 < 60 (财预〔2020〕10号 第二十五条). */
export const NATIONAL_GRADE_BANDS: readonly GradeBand[] = [
  { grade: 'excellent', label: '优', min: Decimal.of(90n) },
  { grade: 'good', label: '良', min: Decimal.of(80n) },
  { grade: 'fair', label: '中', min: Decimal.of(60n) },
  { grade: 'poor', label: '差', min: Decimal.ZERO },
];

/** The national defaults; a local framework overrides what differs. */
export const NATIONAL_SETTINGS: ScoringSettings = {
  defaultRules: {
    gte: 'higherIsBetter',
    gt: 'higherIsBetter',
    eq: 'equals',
    lte: 'lowerIsBetterLinear',
    lt: 'lowerIsBetterLinear',
    date: 'deadline',
    qualitative: 'qualitativeTiers',
  },
  qualitativeTierEdges: { achieved: Decimal.of(80n), partiallyAchieved: Decimal.of(60n) },
  gradeBands: NATIONAL_GRADE_BANDS,
  overshootThreshold: Decimal.from('1.3'),
  lateScoreShare: Decimal.ZERO,
  executionRateBase: 'received',
  scoreTolerance: Decimal.ZERO,
  scoreRateOverExecutionMargin: Decimal.from('0.05'),
};
