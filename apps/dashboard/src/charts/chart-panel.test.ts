import { describe, expect, it } from 'vitest';
import { mountWithApp } from '../testing/mount';
import ChartPanel from './chart-panel.vue';
import { executionBars, executionTable, type ExecutionBarsInput } from './execution-bars';

const input: ExecutionBarsInput = {
  items: [{ name: '昌吉州党委政法委', executionPercent: '91.02', alertColour: 'green', alertLabel: '绿', received: '100.00万元', spent: '91.02万元' }],
  timeProgressPercent: '100.00',
  labels: { name: '单位', executionRate: '预算执行率', timeProgress: '序时进度', received: '实际到位', spent: '实际支出' },
};

describe('ChartPanel', () => {
  const option = executionBars(input);
  const mountPanel = () => mountWithApp(ChartPanel, { props: { option, table: executionTable(input), label: '各单位预算执行率', height: '240px' } });

  it('hands the option to ECharts and hides the canvas from screen readers', () => {
    const wrapper = mountPanel();
    expect(wrapper.attributes('aria-label')).toBe('各单位预算执行率');
    const canvas = wrapper.find('.chart-panel__canvas');
    expect(canvas.attributes('style')).toContain('height: 240px');
    expect(canvas.attributes('aria-hidden')).toBe('true');
    expect(wrapper.findComponent({ name: 'echarts' }).props('option')).toEqual(option);
  });

  it('gives screen readers the figures as a table', () => {
    const table = mountPanel().find('[data-chart-table]');
    expect(table.find('caption').text()).toBe('各单位预算执行率');
    expect(table.findAll('th').map((th) => th.text())).toEqual(['单位', '预算执行率', '序时进度', '实际到位', '实际支出']);
    expect(table.findAll('tbody td').map((td) => td.text())).toEqual(['昌吉州党委政法委', '91.02% 绿', '100.00%', '100.00万元', '91.02万元']);
  });

  it('reports the data index of a clicked bar (drill-down), not clicks elsewhere', async () => {
    const wrapper = mountPanel();
    const chart = wrapper.findComponent({ name: 'echarts' });
    chart.vm.$emit('click', { componentType: 'series', dataIndex: 0 });
    chart.vm.$emit('click', { componentType: 'markLine', dataIndex: 0 });
    expect(wrapper.emitted('select')).toEqual([[0]]);
  });

  it('offers the chart as a PNG under its label', () => {
    const button = mountPanel().find('[data-action=chart-png]');
    expect(button.attributes('aria-label')).toBe('PNG 下载图片：各单位预算执行率');
  });
});
