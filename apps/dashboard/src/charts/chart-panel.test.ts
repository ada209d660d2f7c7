import { describe, expect, it } from 'vitest';
import { mountWithApp } from '../testing/mount';
import ChartPanel from './chart-panel.vue';
import { executionBars } from './execution-bars';

describe('ChartPanel', () => {
  it('hands the option to ECharts and labels the chart for screen readers', () => {
    const option = executionBars({
      items: [{ name: '昌吉州党委政法委', executionPercent: '91.02', alertColour: 'green', alertLabel: '绿' }],
      timeProgressPercent: '100.00',
      timeProgressLabel: '序时进度',
      seriesName: '预算执行率',
    });
    const wrapper = mountWithApp(ChartPanel, { props: { option, label: '各单位预算执行率', height: '240px' } });
    expect(wrapper.attributes('aria-label')).toBe('各单位预算执行率');
    expect(wrapper.attributes('style')).toContain('height: 240px');
    const chart = wrapper.findComponent({ name: 'echarts' });
    expect(chart.props('option')).toEqual(option);
  });
});
