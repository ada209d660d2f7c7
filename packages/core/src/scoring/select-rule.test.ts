import { describe, expect, it } from 'vitest';
import { SELF_EVALUATION_2020 } from '../frameworks/templates.js';
import { indicator, settings } from '../testing/project-builder.js';
import { selectRuleId } from './select-rule.js';

const national = settings();

describe('selectRuleId', () => {
  it('follows the target’s operator under the national defaults', () => {
    expect(selectRuleId(indicator({ target: '≥2次' }), national)).toBe('higherIsBetter');
    expect(selectRuleId(indicator({ target: '>2次' }), national)).toBe('higherIsBetter');
    expect(selectRuleId(indicator({ target: '=2次' }), national)).toBe('equals');
    expect(selectRuleId(indicator({ target: '≤20万元' }), national)).toBe('lowerIsBetterLinear');
    expect(selectRuleId(indicator({ target: '<20万元' }), national)).toBe('lowerIsBetterLinear');
    expect(selectRuleId(indicator({ target: '2022年12月20日' }), national)).toBe('deadline');
    expect(selectRuleId(indicator({ target: '逐步提高' }), national)).toBe('qualitativeTiers');
  });

  it('uses the framework’s defaults: the self-evaluation sheet scores caps as w × A ÷ B', () => {
    expect(selectRuleId(indicator({ target: '≤20万元' }), SELF_EVALUATION_2020.settings)).toBe('lowerIsBetterRatio');
  });

  it('prefers the indicator’s own rule, then its formula', () => {
    expect(selectRuleId(indicator({ target: '≥2次', rule: 'myRule', formula: 'completionRate' }), national)).toBe('myRule');
    expect(selectRuleId(indicator({ target: '≥2次', formula: 'completionRate' }), national)).toBe('completionRate');
    expect(selectRuleId(indicator({ formula: 'executionRate' }), national)).toBe('executionRate');
  });

  it('scores a chosen tier by tiers and a justified manual score manually', () => {
    expect(selectRuleId(indicator({ tier: 'achieved', manualScore: 3, justification: '理由' }), national)).toBe('qualitativeTiers');
    expect(selectRuleId(indicator({ manualScore: 3, justification: '理由' }), national)).toBe('manual');
  });

  it('falls back to tiers for an unjustified manual score or nothing at all (决策/过程 items)', () => {
    expect(selectRuleId(indicator({ manualScore: 3 }), national)).toBe('qualitativeTiers');
    expect(selectRuleId(indicator(), national)).toBe('qualitativeTiers');
  });
});
