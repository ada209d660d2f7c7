import { describe, expect, it } from 'vitest';
import { indicator, scoringContext } from '../testing/project-builder.js';
import { isFailure, quantitativePair } from './quantities.js';
import { higherIsBetter } from './rules/higher-is-better.js';

describe('quantitativePair: target and actual in one unit', () => {
  it('converts an actual in 元 to a target in 万元 exactly', () => {
    const pair = quantitativePair(indicator({ target: '≤20万元', actual: '603200元' }));
    if (isFailure(pair)) throw new Error(pair.reason);
    expect([pair.a.toString(), pair.b.toString(), pair.actual.unit]).toEqual(['20', '60.32', '万元']);
  });

  it('converts 万元 to 元 and 米 to 公里', () => {
    const yuan = quantitativePair(indicator({ target: '≤200000元', actual: '20.5万元' }));
    if (isFailure(yuan)) throw new Error(yuan.reason);
    expect(yuan.b.toString()).toBe('205000');
    const km = quantitativePair(indicator({ target: '≥1公里', actual: '500米' }));
    if (isFailure(km)) throw new Error(km.reason);
    expect(km.b.toString()).toBe('0.5');
  });

  it('reads an actual without a unit in the target’s unit', () => {
    const pair = quantitativePair(indicator({ target: '≥90%', actual: '98' }));
    if (isFailure(pair)) throw new Error(pair.reason);
    expect([pair.b.toString(), pair.actual.unit]).toEqual(['98', '%']);
    expect(higherIsBetter.score(indicator({ weight: 10, target: '≥90%', actual: '81' }), scoringContext())).toMatchObject({ ok: true });
  });

  it('refuses units that do not convert, naming both', () => {
    const pair = quantitativePair(indicator({ name: '培训次数', target: '≥2次', actual: '3个' }));
    expect(pair).toEqual({ ok: false, code: 'unitMismatch', reason: '“培训次数”的单位不一致：目标为次，实际为个' });
    expect(quantitativePair(indicator({ target: '≥90%', actual: '900‰' }))).toMatchObject({ ok: false, code: 'unitMismatch' });
    expect(quantitativePair(indicator({ target: '≤20万元', actual: '20米' }))).toMatchObject({ ok: false, code: 'unitMismatch' });
  });

  it('refuses a qualitative actual for a number', () => {
    expect(quantitativePair(indicator({ target: '≥2次', actual: '完成' }))).toMatchObject({ ok: false, code: 'kindMismatch' });
    expect(quantitativePair(indicator({ target: '逐步提高', actual: '3次' }))).toMatchObject({ ok: false, code: 'kindMismatch' });
  });

  it('says which side is missing', () => {
    expect(quantitativePair(indicator({ actual: '3次' }))).toMatchObject({ ok: false, code: 'missingTarget' });
    expect(quantitativePair(indicator({ target: '≥2次' }))).toMatchObject({ ok: false, code: 'missingActual' });
  });
});
