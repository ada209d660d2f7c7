import { describe, expect, it } from 'vitest';
import { findingValue } from './finding-value';

describe('findingValue', () => {
  it('writes the amounts of a budget finding in 万元, like its message', () => {
    expect(findingValue('budget.paymentsSum', '918200.00')).toBe('91.82万元');
    expect(findingValue('budget.spentExceedsReceived', '910200.00')).toBe('91.02万元');
  });

  it('leaves scores, rates and texts as the audit gave them', () => {
    expect(findingValue('score.mismatch', '4.56')).toBe('4.56');
    expect(findingValue('grade.band', '优')).toBe('优');
    expect(findingValue('budget.costActualVsExpense', null)).toBe('');
  });
});
