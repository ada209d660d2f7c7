import { describe, expect, it } from 'vitest';
import { normalizeText, parseSmallNumber } from '../normalize.js';
import { parseIntent } from '../parse-intent.js';
import { extractTime, resolveYear } from '../time-phrases.js';

describe('normalizeText', () => {
  it('folds full-width characters and punctuation', () => {
    expect(normalizeText('　ＺＺＧＺＪＦ　执行率？５０％！')).toBe('zzgzjf 执行率 50%');
  });
});

describe('parseSmallNumber', () => {
  it('reads Arabic and Chinese counts', () => {
    expect([parseSmallNumber('5'), parseSmallNumber('五'), parseSmallNumber('十'), parseSmallNumber('十二'), parseSmallNumber('二十')]).toEqual([5, 5, 10, 12, 20]);
    expect(parseSmallNumber('百')).toBeUndefined();
  });
});

describe('extractTime', () => {
  it('reads absolute and relative years and drops period phrases', () => {
    expect(extractTime('2021年综治')).toEqual({ time: { kind: 'year', year: 2021 }, rest: '综治' });
    expect(extractTime('今年综治').time).toEqual({ kind: 'relative', offset: 0 });
    expect(extractTime('去年同期综治')).toEqual({ time: { kind: 'relative', offset: -1 }, rest: '综治' });
    expect(extractTime('前年综治').time).toEqual({ kind: 'relative', offset: -2 });
    expect(extractTime('截至上月底综治')).toEqual({ time: { kind: 'none' }, rest: '综治' });
  });

  it('does not take a percentage for a year', () => {
    expect(extractTime('低于50%').time).toEqual({ kind: 'none' });
  });
});

describe('resolveYear', () => {
  const base = { latestWithData: 2022, discussed: 2019 };
  it('reads 今年 as the latest year with data, never the calendar year', () => {
    expect(resolveYear({ kind: 'relative', offset: 0 }, base, false)).toBe(2022);
    expect(resolveYear({ kind: 'relative', offset: -1 }, base, false)).toBe(2021);
    expect(resolveYear({ kind: 'relative', offset: 0 }, { latestWithData: null, discussed: null }, false)).toBeNull();
  });

  it('counts a follow-up’s 去年 from the year under discussion', () => {
    expect(resolveYear({ kind: 'relative', offset: -1 }, base, true)).toBe(2018);
    expect(resolveYear({ kind: 'relative', offset: -1 }, { latestWithData: 2022, discussed: null }, true)).toBe(2021);
    expect(resolveYear({ kind: 'year', year: 2020 }, base, true)).toBe(2020);
    expect(resolveYear({ kind: 'none' }, base, true)).toBeNull();
  });
});

describe('parseIntent', () => {
  it('caps list lengths and ignores a zero choice', () => {
    expect(parseIntent('偏差最大的前100个项目')).toMatchObject({ kind: 'projectList', filter: { kind: 'largestDeviation', limit: 20 } });
    expect(parseIntent('0').kind).not.toBe('choice');
  });

  it('keeps unmatched text as a project mention for the resolver to judge', () => {
    expect(parseIntent('今天天气怎么样')).toMatchObject({ kind: 'projectMetric', metric: 'overview', projectMention: '今天天气' });
  });
});

describe('aspects', () => {
  it('reads an expense line or an indicator by what it measures, but not a word inside a project’s name', () => {
    expect(parseIntent('综治工作经费宣传费花了多少')).toMatchObject({ kind: 'projectMetric', metric: 'expense', aspect: '宣传费', projectMention: '综治工作经费' });
    expect(parseIntent('督导搞了几次')).toMatchObject({ kind: 'projectMetric', metric: 'indicator', aspect: '督导', projectMention: '' });
    expect(parseIntent('物业费补助资金执行率')).toMatchObject({ kind: 'projectMetric', metric: 'executionRate', aspect: null, projectMention: '物业费补助资金' });
    expect(parseIntent('督导检查工作经费花了多少')).toMatchObject({ kind: 'projectMetric', metric: 'spent', aspect: null, projectMention: '督导检查工作经费' });
  });
});
