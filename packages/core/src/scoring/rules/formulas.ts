import { formatWanYuan } from '../../money/rounding.js';
import { weightTimesRate } from '../derivation.js';
import type { ScoringRule } from '../scoring-rule.js';
import { scoreFromRate } from './clamp.js';
import { higherIsBetter } from './higher-is-better.js';
import { lowerIsBetterLinear } from './lower-is-better.js';

/** 资金到位率 = 实际到位 ÷ 全年预算数; score = w × rate, capped at w (10号 annex 过程/资金管理). */
export const fundingRate: ScoringRule = {
  id: 'fundingRate',
  label: '资金到位率',
  basis: '财预〔2020〕10号 附件：资金到位率 = 实际到位资金 ÷ 预算资金',
  score(indicator, { budget }) {
    const rate = budget.fundingRate;
    if (!rate) return { ok: false, code: 'notComputable', reason: '预算数为 0，无法计算资金到位率' };
    const score = scoreFromRate(indicator.weight, rate);
    return {
      ok: true,
      score,
      rate,
      explain: () =>
        `${weightTimesRate(indicator.weight, rate, score)}（实际到位 ${formatWanYuan(budget.receivedAmount)} ÷ 预算 ${formatWanYuan(budget.adjustedBudgetAmount)}）`,
    };
  },
};

/**
 * 预算执行率: 实际支出 ÷ 实际到位 (10号 annex) or ÷ 全年调整后预算数 (self-evaluation sheet: “预算数为
 * 调整后财政资金总额”), as the framework says; score = w × rate, capped at w.
 */
export const executionRate: ScoringRule = {
  id: 'executionRate',
  label: '预算执行率',
  basis: '财预〔2020〕10号 附件：预算执行率 = 实际支出资金 ÷ 实际到位资金；自评表：执行数 ÷ 全年预算数',
  score(indicator, { budget, settings }) {
    const ofBudget = settings.executionRateBase === 'adjustedBudget';
    const rate = ofBudget ? budget.executionRateOfBudget : budget.executionRate;
    const base = ofBudget ? budget.adjustedBudgetAmount : budget.receivedAmount;
    if (!rate) return { ok: false, code: 'notComputable', reason: `${ofBudget ? '全年预算数' : '实际到位资金'}为 0，无法计算预算执行率` };
    const score = scoreFromRate(indicator.weight, rate);
    return {
      ok: true,
      score,
      rate,
      explain: () =>
        `${weightTimesRate(indicator.weight, rate, score)}（实际支出 ${formatWanYuan(budget.spentAmount)} ÷ ${ofBudget ? '全年预算' : '实际到位'} ${formatWanYuan(base)}）`,
    };
  },
};

/** 实际完成率 = 实际产出 ÷ 计划产出: the higher-is-better computation under the annex's name. */
export const completionRate: ScoringRule = {
  ...higherIsBetter,
  id: 'completionRate',
  label: '实际完成率',
  basis: '财预〔2020〕10号 附件：实际完成率 = 实际产出数 ÷ 计划产出数',
};

/** 质量达标率 = 达标产出 ÷ 实际产出, compared with its target rate as a higher-is-better value. */
export const qualityRate: ScoringRule = {
  ...higherIsBetter,
  id: 'qualityRate',
  label: '质量达标率',
  basis: '财预〔2020〕10号 附件：质量达标率 = 质量达标产出数 ÷ 实际产出数',
};

/** 成本节约率 = (计划成本 − 实际成本) ÷ 计划成本: full marks when ≥ 0, overruns penalised linearly. */
export const costSavingRate: ScoringRule = {
  ...lowerIsBetterLinear,
  id: 'costSavingRate',
  label: '成本节约率',
  basis: '财预〔2020〕10号 附件：成本节约率 = (计划成本 − 实际成本) ÷ 计划成本',
};
