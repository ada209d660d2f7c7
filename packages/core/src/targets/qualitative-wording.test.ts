import { describe, expect, it } from 'vitest';
import { QUALITATIVE_WORDING, tierOfWording } from './qualitative-wording.js';

describe('tierOfWording: the documented table of qualitative results', () => {
  it('reads the three tiers, whole and after normalising full-width punctuation', () => {
    expect(tierOfWording('达成预期指标')).toBe('achieved');
    expect(tierOfWording('效果明显')).toBe('achieved');
    expect(tierOfWording(' 严格执行相关制度规定。')).toBe('achieved');
    expect(tierOfWording('部分达成')).toBe('partiallyAchieved');
    expect(tierOfWording('基本完成')).toBe('partiallyAchieved');
    expect(tierOfWording('未完成')).toBe('notAchieved');
    expect(tierOfWording('不符合')).toBe('notAchieved');
  });

  it('never guesses from a keyword inside a longer sentence', () => {
    expect(tierOfWording('部分完成，其余未达成')).toBeUndefined();
    expect(tierOfWording('改善学校的办学条件')).toBeUndefined();
    expect(tierOfWording('')).toBeUndefined();
  });

  it('lists every wording under one tier only', () => {
    const all = Object.values(QUALITATIVE_WORDING).flat();
    expect(new Set(all).size).toBe(all.length);
  });
});
