import type { BudgetFigures } from '../budget/budget-figures.js';
import type { ScoringSettings } from '../frameworks/framework.js';
import type { Indicator } from '../indicators/indicator.js';
import type { Decimal, Ratio } from '../money/decimal.js';

/** What a rule may look at besides the indicator itself. */
export interface ScoringContext {
  readonly settings: ScoringSettings;
  readonly budget: BudgetFigures;
  readonly fiscalYear: number | undefined;
}

/** A rule's answer: a score with the Chinese derivation that explains it, or why it cannot score. */
export type RuleOutcome =
  | {
      readonly ok: true;
      /** Rounded per the policy (2 decimals), never above the weight nor below 0. */
      readonly score: Decimal;
      /** The achievement the score was computed from (B ÷ A, a formula rate), when there is one. */
      readonly rate?: Ratio;
      /**
       * The Chinese derivation, e.g. `5 × 91.02% = 4.55`. A function, so that scoring a batch of
       * a hundred thousand projects does not build text nobody reads; `IndicatorScore.derivation` calls it.
       */
      readonly explain: () => string;
    }
  | {
      readonly ok: false;
      readonly code: 'missingTarget' | 'missingActual' | 'kindMismatch' | 'unitMismatch' | 'missingTier' | 'missingScore' | 'notComputable';
      /** Chinese, names what is missing or wrong. */
      readonly reason: string;
    };

/**
 * 评分标准: how a score follows from an indicator's target and actual. Implement this interface
 * and register the rule to add a local rule without touching the core (see README “How to add a
 * scoring rule”).
 */
export interface ScoringRule {
  /** Stable id used in framework settings and project files, e.g. `higherIsBetter`. */
  readonly id: string;
  /** Chinese name shown next to every score, e.g. `正向指标（越高越好）`. */
  readonly label: string;
  /** The document and article the rule implements. */
  readonly basis: string;
  score(indicator: Indicator, context: ScoringContext): RuleOutcome;
}
