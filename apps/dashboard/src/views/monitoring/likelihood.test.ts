import { describe, expect, it } from 'vitest';
import { projectLikelihood } from './likelihood';

describe('projectLikelihood', () => {
  const indicators = [
    { key: 'a', completionLikelihood: 'certain' as const },
    { key: 'b', completionLikelihood: 'possible' as const },
    { key: 'c', completionLikelihood: null },
    { key: 'd', completionLikelihood: 'impossible' as const },
  ];

  it('is the least likely among the indicators behind', () => {
    expect(projectLikelihood(indicators, ['a', 'b'])).toBe('possible');
    expect(projectLikelihood(indicators, ['a'])).toBe('certain');
  });

  it('falls back to every reported indicator, and is null when none was reported', () => {
    expect(projectLikelihood(indicators, ['c'])).toBe('impossible');
    expect(projectLikelihood(indicators, [])).toBe('impossible');
    expect(projectLikelihood([{ key: 'c', completionLikelihood: null }], ['c'])).toBeNull();
  });
});
