import { describe, expect, it } from 'vitest';
import { parseActual, parseTarget } from './parse-target.js';
import { QUALITATIVE_WORDING, readQualitative, tierOfWording } from './qualitative-wording.js';

describe('the one table of qualitative wording', () => {
  it('reads the three tiers of a written result, whole and after normalising full-width punctuation', () => {
    expect(tierOfWording('达成预期指标')).toBe('achieved');
    expect(tierOfWording('效果明显')).toBe('achieved');
    expect(tierOfWording(' 严格执行相关制度规定。')).toBe('achieved');
    expect(tierOfWording('部分达成')).toBe('partiallyAchieved');
    expect(tierOfWording('基本完成')).toBe('partiallyAchieved');
    expect(tierOfWording('未完成')).toBe('notAchieved');
    expect(tierOfWording('不符合')).toBe('notAchieved');
  });

  it('gives a wording both its readings: what it states as a target, the tier it names as a result', () => {
    expect([readQualitative('达成'), tierOfWording('达成')]).toEqual(['achieve', 'achieved']);
    expect([readQualitative('效果明显'), tierOfWording('效果明显')]).toEqual(['good', 'achieved']);
    // A direction names no tier: a result “逐步提高” is judged against its target.
    expect([readQualitative('逐步提高'), tierOfWording('逐步提高')]).toEqual(['improve', undefined]);
    expect([readQualitative('提升明显'), tierOfWording('提升明显')]).toEqual(['improveSignificantly', undefined]);
    // A result-only wording is not a target the parser reads.
    expect([readQualitative('部分达成'), tierOfWording('部分达成')]).toEqual([undefined, 'partiallyAchieved']);
    const target = parseTarget('按时完成');
    const actual = parseActual('保持稳定');
    expect(target.ok && target.value.kind === 'qualitative' ? target.value.expectation : undefined).toBe('achieve');
    expect(actual.ok && actual.value.kind === 'qualitative' ? actual.value.expectation : undefined).toBe('maintain');
  });

  it('never guesses from a keyword inside a longer sentence', () => {
    expect(tierOfWording('部分完成，其余未达成')).toBeUndefined();
    expect(tierOfWording('改善学校的办学条件')).toBeUndefined();
    expect(tierOfWording('')).toBeUndefined();
    expect(readQualitative('已完成大部分')).toBeUndefined();
  });

  it('lists every wording under one tier only', () => {
    const all = Object.values(QUALITATIVE_WORDING).flat();
    expect(new Set(all).size).toBe(all.length);
  });
});
