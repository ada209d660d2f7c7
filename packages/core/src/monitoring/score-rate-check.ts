import { Decimal, type Ratio } from '../money/decimal.js';
import { formatPercent } from '../money/rounding.js';
import { thresholdPercent } from './threshold-percent.js';

/**
 * The production default of ScoringSettings.scoreRateOverExecutionMargin (rules.md “In-year
 * monitoring”: flagged when the score rate exceeds the execution rate by more than 5%, relative).
 */
export const DEFAULT_SCORE_RATE_MARGIN = Decimal.from('0.05');

export interface ScoreRateCheckInput {
  /** Sum of the indicators' scores. */
  readonly scoreSum: Decimal;
  /** Sum of the same indicators' weights (分值). */
  readonly weightSum: Decimal;
  /** 预算执行率 of the project. */
  readonly executionRate: Ratio;
}

export interface ScoreRateCheck {
  readonly flagged: boolean;
  /** 指标得分率 = sum of scores ÷ sum of weights; undefined when the weights sum to zero. */
  readonly scoreRate: Ratio | undefined;
  readonly executionRate: Ratio;
  /** 执行率 × (1 + margin): the highest score rate that passes. */
  readonly limit: Ratio;
  /** Chinese, e.g. `指标得分率 95.00% 超过预算执行率 80.00% 的 105%（84.00%）…`. */
  readonly explanation: string;
}

/**
 * The cross-check production systems run: indicators reported as met while the money is largely
 * unspent deserve a look. Flagged only when the score rate is strictly above the limit.
 * Pass `settings.scoreRateOverExecutionMargin` as `margin` (a fraction: 0.05 is 5%).
 */
export function scoreRateCheck(input: ScoreRateCheckInput, margin: Decimal = DEFAULT_SCORE_RATE_MARGIN): ScoreRateCheck {
  if (margin.isNegative()) throw new RangeError(`score rate margin must not be negative, got ${margin}`);
  const limitShare = Decimal.ONE.plus(margin);
  const limit = input.executionRate.times(limitShare);
  const scoreRate = input.weightSum.isZero() ? undefined : input.scoreSum.dividedBy(input.weightSum);
  return new ScoreRateResult(scoreRate !== undefined && scoreRate.compare(limit) > 0, scoreRate, input.executionRate, limit, limitShare);
}

/** The check's result; its explanation is text for people, built when read (audits run this per project). */
class ScoreRateResult implements ScoreRateCheck {
  constructor(
    readonly flagged: boolean,
    readonly scoreRate: Ratio | undefined,
    readonly executionRate: Ratio,
    readonly limit: Ratio,
    private readonly limitShare: Decimal,
  ) {}

  get explanation(): string {
    const execution = `预算执行率 ${formatPercent(this.executionRate)}`;
    if (this.scoreRate === undefined) return `分值合计为 0，无法计算指标得分率（${execution}）`;
    const comparison = `${execution} 的 ${thresholdPercent(this.limitShare)}（${formatPercent(this.limit)}）`;
    return this.flagged
      ? `指标得分率 ${formatPercent(this.scoreRate)} 超过${comparison}：指标显示已完成而资金未相应支出，需核实绩效目标完成情况与资金使用是否匹配`
      : `指标得分率 ${formatPercent(this.scoreRate)} 未超过${comparison}`;
  }
}
