import { describe, expect, it } from 'vitest';
import { inProgress } from './in-progress';

const at = (percent: string) => ({ executionAlert: { timeProgress: { percent } } }) as Parameters<typeof inProgress>[0];

describe('inProgress', () => {
  it('is true while 序时进度 is below 100% (the grade is a 预评), false once the year is over or unknown', () => {
    expect(inProgress(at('75.00'))).toBe(true);
    expect(inProgress(at('100.00'))).toBe(false);
    expect(inProgress({ executionAlert: null })).toBe(false);
  });
});
