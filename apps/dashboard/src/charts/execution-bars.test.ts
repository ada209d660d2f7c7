import { describe, expect, it } from 'vitest';
import { executionBars } from './execution-bars';

describe('executionBars', () => {
  const option = executionBars({
    items: [
      { name: '甲单位', executionPercent: '44.46', alertColour: 'red', alertLabel: '红' },
      { name: '乙单位', executionPercent: null, alertColour: null, alertLabel: '' },
    ],
    timeProgressPercent: '75.00',
    timeProgressLabel: '序时进度',
    seriesName: '预算执行率',
  });
  const [series] = Array.isArray(option.series) ? option.series : [];

  it('lists units top-down and labels each bar with its rate and alert word', () => {
    expect(option.yAxis).toMatchObject({ data: ['乙单位', '甲单位'] });
    expect(series).toMatchObject({ type: 'bar' });
    const data = (series as { data: { value: number; label: { formatter: string } }[] }).data;
    expect(data[1]).toMatchObject({ value: 44.46, label: { formatter: '44.46% 红' } });
    expect(data[0]?.label.formatter).toBe('—');
  });

  it('draws time progress as a reference line with its value', () => {
    expect(series).toMatchObject({ markLine: { data: [{ xAxis: 75 }], label: { formatter: '序时进度 75.00%' } } });
  });
});
