import { describe, expect, it } from 'vitest';
import { normalizeText, parseSmallNumber } from '../normalize.js';
import { parseIntent } from '../parse-intent.js';
import { extractTime } from '../time-phrases.js';

const today = new Date('2022-11-15T10:00:00+08:00');

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
    expect(extractTime('2021年综治', today)).toEqual({ fiscalYear: 2021, rest: '综治' });
    expect(extractTime('今年综治', today).fiscalYear).toBe(2022);
    expect(extractTime('去年同期综治', today)).toEqual({ fiscalYear: 2021, rest: '综治' });
    expect(extractTime('前年综治', today).fiscalYear).toBe(2020);
    expect(extractTime('截至上月底综治', today)).toEqual({ fiscalYear: null, rest: '综治' });
  });

  it('does not take a percentage for a year', () => {
    expect(extractTime('低于50%', today).fiscalYear).toBeNull();
  });
});

describe('parseIntent', () => {
  it('caps list lengths and ignores a zero choice', () => {
    expect(parseIntent('偏差最大的前100个项目', today)).toMatchObject({ kind: 'projectList', filter: { kind: 'largestDeviation', limit: 20 } });
    expect(parseIntent('0', today).kind).not.toBe('choice');
  });

  it('keeps unmatched text as a project mention for the resolver to judge', () => {
    expect(parseIntent('今天天气怎么样', today)).toMatchObject({ kind: 'projectMetric', metric: 'overview', projectMention: '今天天气' });
  });
});
