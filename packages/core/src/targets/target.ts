import type { Decimal } from '../money/decimal.js';

/** How a target compares: ≥ / > / = / ≤ / <. `=` is scored as higher-is-better (财预〔2020〕10号 annex). */
export type TargetOperator = 'gte' | 'gt' | 'eq' | 'lte' | 'lt';

/** A calendar date without time zone: deadlines are days, not instants. */
export interface PlainDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A number with the unit it was written in (`60.32` `万元`, `98` `%`, `3` `次`). */
export interface Quantity {
  readonly value: Decimal;
  /** As written, normalised to half-width: `万元`, `%`, `次`, `个`, `米`; empty when none was written. */
  readonly unit: string;
}

/** The qualitative expectations real forms write instead of a number. */
export type QualitativeExpectation =
  /** 逐步提高 / 有所提高 / 持续提升 */
  | 'improve'
  /** 显著提升 / 明显提高 / 大幅提升 */
  | 'improveSignificantly'
  /** 达成 / 完成 / 达标 / 实现 / 是 */
  | 'achieve'
  /** 保持稳定 / 持续稳定 / 稳定 */
  | 'maintain'
  /** 降低 / 减少 / 逐步下降 */
  | 'reduce'
  /** 好 / 良好 / 较好 / 优 */
  | 'good';

/** A parsed 指标值 (target). */
export type Target =
  | {
      readonly kind: 'quantitative';
      readonly operator: TargetOperator;
      readonly quantity: Quantity;
      /**
       * Set when the text wrote no operator (“2次”) and the parser implied one; see
       * `impliedOperator` in `parse-target.ts` for the rule. An audit may want to say so.
       */
      readonly operatorImplied?: true | undefined;
      readonly text: string;
    }
  | {
      readonly kind: 'date';
      /** Deadlines are always "on or before". */
      readonly operator: 'lte';
      readonly date: PlainDate;
      /** True when the text named only a month (“12月底之前完成”): the date is that month's last day. */
      readonly monthEnd: boolean;
      readonly text: string;
    }
  | { readonly kind: 'qualitative'; readonly expectation: QualitativeExpectation; readonly text: string };

/** A parsed 实际完成值 (actual). */
export type Actual =
  | {
      readonly kind: 'quantitative';
      readonly quantity: Quantity;
      /**
       * Set when the actual was written like a target (“≥266米”): the number is a bound, not a
       * measurement, which an audit reports.
       */
      readonly writtenAsTarget?: TargetOperator | undefined;
      readonly text: string;
    }
  | { readonly kind: 'date'; readonly date: PlainDate; readonly text: string }
  | { readonly kind: 'qualitative'; readonly expectation: QualitativeExpectation; readonly text: string };

export type TargetKind = Target['kind'];
