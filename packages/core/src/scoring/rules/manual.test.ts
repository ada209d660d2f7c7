import { describe, expect, it } from 'vitest';
import { indicator, scoringContext } from '../../testing/project-builder.js';
import { manual } from './manual.js';

const context = scoringContext();

describe('manual (人工评分, with a justification, within [0, w])', () => {
  it('takes the evaluator’s score with the justification as derivation', () => {
    const outcome = manual.score(indicator({ weight: 5, manualScore: 4, justification: ' 现场核查发现两处台账不全 ' }), context);
    expect(outcome.ok && outcome.explain()).toBe('人工评分 4.00：现场核查发现两处台账不全');
    expect(outcome.ok && outcome.score.toFixed(2)).toBe('4.00');
  });

  it('rounds to 2 decimals half up', () => {
    const outcome = manual.score(indicator({ weight: 5, manualScore: '4.555', justification: '理由' }), context);
    expect(outcome.ok && outcome.score.toString()).toBe('4.56');
  });

  it('accepts 0 and the full weight', () => {
    expect(manual.score(indicator({ weight: 5, manualScore: 0, justification: '理由' }), context).ok).toBe(true);
    expect(manual.score(indicator({ weight: 5, manualScore: 5, justification: '理由' }), context).ok).toBe(true);
  });

  it('refuses a score without a justification', () => {
    const outcome = manual.score(indicator({ name: '资料完整性', weight: 5, manualScore: 4 }), context);
    expect(outcome).toMatchObject({ ok: false, code: 'missingScore' });
    expect(!outcome.ok && outcome.reason).toBe('“资料完整性”的人工评分缺少评分理由');
    expect(manual.score(indicator({ weight: 5, manualScore: 4, justification: '   ' }), context)).toMatchObject({ ok: false, code: 'missingScore' });
  });

  it('refuses a missing score', () => {
    expect(manual.score(indicator({ weight: 5, justification: '理由' }), context)).toMatchObject({ ok: false, code: 'missingScore' });
  });

  it('refuses scores outside [0, w]', () => {
    const over = manual.score(indicator({ name: 'X', weight: 5, manualScore: '5.01', justification: '理由' }), context);
    expect(over).toMatchObject({ ok: false, code: 'notComputable' });
    expect(!over.ok && over.reason).toBe('“X”的人工评分 5.01 超出 [0, 5.00]');
    expect(manual.score(indicator({ weight: 5, manualScore: -1, justification: '理由' }), context)).toMatchObject({ ok: false, code: 'notComputable' });
  });
});
