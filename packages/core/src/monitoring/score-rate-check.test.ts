import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.js';
import { scoreRateCheck } from './score-rate-check.js';

const rate = (percent: string) => Decimal.from(percent).dividedBy(Decimal.HUNDRED);
const input = (scoreSum: string, executionPercent: string, weightSum = '100') => ({
  scoreSum: Decimal.from(scoreSum),
  weightSum: Decimal.from(weightSum),
  executionRate: rate(executionPercent),
});

describe('scoreRateCheck', () => {
  it('flags a score rate more than 5% (relative) above the execution rate', () => {
    const check = scoreRateCheck(input('95', '80'));
    expect(check.flagged).toBe(true);
    expect(check.scoreRate?.toPercent()).toBe('95.00%');
    expect(check.limit.toPercent()).toBe('84.00%');
    expect(check.explanation).toBe(
      '指标得分率 95.00% 超过预算执行率 80.00% 的 105%（84.00%）：指标显示已完成而资金未相应支出，需核实绩效目标完成情况与资金使用是否匹配',
    );
  });

  it('does not flag a score rate exactly at the limit, or below it', () => {
    const atLimit = scoreRateCheck(input('84', '80'));
    expect(atLimit.flagged).toBe(false);
    expect(atLimit.explanation).toBe('指标得分率 84.00% 未超过预算执行率 80.00% 的 105%（84.00%）');
    expect(scoreRateCheck(input('84.01', '80')).flagged).toBe(true);
    expect(scoreRateCheck(input('50', '80')).flagged).toBe(false);
  });

  it('divides by the weights of the indicators passed, not by 100', () => {
    const check = scoreRateCheck(input('27.3', '91.02', '30'));
    expect(check.scoreRate?.toPercent()).toBe('91.00%');
    expect(check.flagged).toBe(false);
  });

  it('uses the framework’s margin', () => {
    expect(scoreRateCheck(input('95', '80'), Decimal.from('0.2')).flagged).toBe(false);
    const strict = scoreRateCheck(input('80.01', '80'), Decimal.ZERO);
    expect(strict.flagged).toBe(true);
    expect(strict.explanation).toContain('的 100%（80.00%）');
    expect(() => scoreRateCheck(input('95', '80'), Decimal.from('-0.05'))).toThrow(RangeError);
  });

  it('flags any score when nothing was spent', () => {
    expect(scoreRateCheck(input('1', '0')).flagged).toBe(true);
  });

  it('cannot rate indicators whose weights sum to zero', () => {
    const check = scoreRateCheck(input('0', '80', '0'));
    expect(check.flagged).toBe(false);
    expect(check.scoreRate).toBeUndefined();
    expect(check.explanation).toBe('分值合计为 0，无法计算指标得分率（预算执行率 80.00%）');
  });
});
