import { describe, expect, it } from 'vitest';
import { statedExecutionMonth } from './stated-execution-month';

describe('statedExecutionMonth', () => {
  it('is the month of the date within the fiscal year', () => {
    expect(statedExecutionMonth('2022-12-31', 2022)).toBe(12);
    expect(statedExecutionMonth('2023-09-30', 2023)).toBe(9);
  });

  it('holds dates outside the year to its ends, and unreadable ones to December', () => {
    expect(statedExecutionMonth('2023-03-01', 2022)).toBe(12);
    expect(statedExecutionMonth('2021-12-31', 2022)).toBe(1);
    expect(statedExecutionMonth('not a date', 2022)).toBe(12);
  });
});
