import type { RankingEntryFieldsFragment } from '@jixiao/contract';
import { describe, expect, it } from 'vitest';
import { change, rankEntries } from './ranking-order';

const figures = (execution: string | null, score: string | null, gap: string | null) => ({
  __typename: 'RankingFigures' as const,
  projectCount: 3,
  executionRate: execution === null ? null : { __typename: 'Rate' as const, percent: execution, text: `${execution}%` },
  scoredCount: score === null ? 0 : 3,
  averageScore: score,
  claimedCount: gap === null ? 0 : 3,
  scoreGap: gap,
});
const entry = (name: string, now: ReturnType<typeof figures>, then: ReturnType<typeof figures> | null = null): RankingEntryFieldsFragment => ({
  __typename: 'RankingEntry',
  key: name,
  name,
  regionCode: '652300',
  ownUnits: false,
  current: now,
  previous: then,
});

describe('rankEntries', () => {
  const entries = [entry('甲', figures('58.84', '85.10', '2.00')), entry('乙', figures('9.50', '91.00', null)), entry('丙', figures(null, null, '0.50'))];

  it('ranks by the chosen field either way, decimals compared exactly (9.50 is below 58.84)', () => {
    expect(rankEntries(entries, 'executionRate', 'desc').map((e) => e.name)).toEqual(['甲', '乙', '丙']);
    expect(rankEntries(entries, 'executionRate', 'asc').map((e) => e.name)).toEqual(['乙', '甲', '丙']);
    expect(rankEntries(entries, 'averageScore', 'desc').map((e) => e.name)).toEqual(['乙', '甲', '丙']);
  });

  it('puts entries without the figure last whichever the direction: unknown is not worst', () => {
    expect(rankEntries(entries, 'scoreGap', 'asc').map((e) => e.name)).toEqual(['丙', '甲', '乙']);
    expect(rankEntries(entries, 'scoreGap', 'desc').map((e) => e.name)).toEqual(['甲', '丙', '乙']);
  });
});

describe('change (同比)', () => {
  it('is this year minus last year, signed, and absent without last year', () => {
    const both = entry('甲', figures('58.84', '85.10', '2.00'), figures('61.00', '80.00', '2.00'));
    expect(change(both, 'executionRate')).toBe('-2.16');
    expect(change(both, 'averageScore')).toBe('+5.10');
    expect(change(both, 'scoreGap')).toBe('+0.00');
    expect(change(entry('乙', figures('9.50', null, null)), 'executionRate')).toBeNull();
  });
});
