import type { DashboardOverviewQuery } from '@jixiao/contract';
import { describe, expect, it } from 'vitest';
import { mountWithApp } from '../../testing/mount';
import GradeDistribution from './grade-distribution.vue';

type Grades = DashboardOverviewQuery['dashboardOverview']['gradeDistribution'];
const grades: Grades = [
  { __typename: 'GradeCount', grade: 'excellent', label: '优', count: 3 },
  { __typename: 'GradeCount', grade: 'good', label: '良', count: 0 },
  { __typename: 'GradeCount', grade: 'fair', label: '中', count: 2 },
  { __typename: 'GradeCount', grade: null, label: '未评价', count: 5 },
];
const ChartStub = { name: 'ChartStub', props: ['option', 'label', 'height', 'table'], emits: ['select', 'drawn'], template: '<div data-chart-stub />' };
const mountWith = (provisional: boolean) => mountWithApp(GradeDistribution, { props: { grades, provisional }, global: { stubs: { AsyncComponentWrapper: ChartStub } } });

describe('GradeDistribution', () => {
  it('marks the grades of a year in progress as 预评, not final', () => {
    const wrapper = mountWith(true);
    expect(wrapper.find('[data-field=grades-title]').text()).toBe('评价等级分布（预评）');
    expect(wrapper.find('[data-hint=provisional]').exists()).toBe(true);
    expect(mountWith(false).find('[data-field=grades-title]').text()).toBe('评价等级分布');
  });

  it('drills into the grade of the clicked slice (empty grades are not drawn, so indices skip them); 未评价 has no list', () => {
    const wrapper = mountWith(false);
    const chart = wrapper.findComponent(ChartStub);
    chart.vm.$emit('select', 1);
    chart.vm.$emit('select', 2);
    expect(wrapper.emitted('select')).toEqual([['fair']]);
    expect(chart.props('table')).toEqual({ columns: ['等级', '项目数'], rows: [['优', '3'], ['良', '0'], ['中', '2'], ['未评价', '5']] });
  });
});
