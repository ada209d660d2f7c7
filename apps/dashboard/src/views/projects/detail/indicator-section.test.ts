import { describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { mountWithApp } from '../../../testing/mount';
import IndicatorSection from './indicator-section.vue';
import type { DetailIndicator, DetailScoreCard } from './types';

function indicator(overrides: Partial<DetailIndicator> & Pick<DetailIndicator, 'id' | 'name'>): DetailIndicator {
  return {
    __typename: 'Indicator',
    key: overrides.id,
    level1: 'output',
    level2: 'cost',
    weight: '1.25',
    target: null,
    actual: null,
    rule: 'lowerIsBetterLinear',
    ruleLabel: '反向指标',
    tier: null,
    manualScore: null,
    justification: null,
    deviationReason: null,
    claimedScore: null,
    score: '1.25',
    derivation: '',
    reasonRequirements: [],
    reasonMissing: false,
    readProblems: [],
    deviation: { __typename: 'IndicatorDeviation', kind: 'quantitative', deviation: null, deviationRate: null, days: null, meetsTarget: true, message: null },
    ...overrides,
  };
}

const scoreCard = {
  dimensions: [{ id: 'output', name: '产出', groups: [{ id: 'cost', name: '产出成本' }] }],
} as unknown as DetailScoreCard;

describe('IndicatorSection', () => {
  const indicators = [
    indicator({
      id: 'publicity',
      name: '宣传费',
      target: '≤20万元',
      actual: '60.32万元',
      score: '0.00',
      derivation: '实际 60.32万元 超过上限 20万元，得 0 分',
      deviationReason: '宣传力度加大',
      deviation: {
        __typename: 'IndicatorDeviation',
        kind: 'quantitative',
        deviation: '40.32',
        deviationRate: { __typename: 'Rate', percent: '201.60', text: '201.60%' },
        days: null,
        meetsTarget: false,
        message: null,
      },
    }),
    indicator({
      id: 'travel',
      name: '差旅费',
      target: '≤30万元',
      actual: '7.9万元',
      deviation: {
        __typename: 'IndicatorDeviation',
        kind: 'quantitative',
        deviation: '-22.1',
        deviationRate: { __typename: 'Rate', percent: '-73.67', text: '-73.67%' },
        days: null,
        meetsTarget: true,
        message: null,
      },
    }),
  ];

  it('names the levels, signs the deviation rates and makes a missed target stand out', async () => {
    const wrapper = mountWithApp(IndicatorSection, { props: { indicators, scoreCard } });
    await flushPromises();
    const rows = wrapper.findAll('[data-table=indicators] .el-table__body tr');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.classes()).toContain('indicator--missed');
    expect(rows[0]?.text()).toContain('产出 / 产出成本');
    expect(rows[0]?.find('[data-deviation=宣传费]').text()).toBe('+201.60%');
    expect(rows[0]?.text()).toContain('未达标');
    expect(rows[1]?.classes()).not.toContain('indicator--missed');
    expect(rows[1]?.find('[data-deviation=差旅费]').text()).toBe('-73.67%');
  });
});
