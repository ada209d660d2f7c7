import { describe, expect, it } from 'vitest';
import { executionBars, executionTable, type ExecutionBarsInput } from './execution-bars';

const input: ExecutionBarsInput = {
  items: [
    { name: '甲<单位>', executionPercent: '44.46', alertColour: 'red', alertLabel: '红', received: '100.00万元', spent: '44.46万元' },
    { name: '乙单位', executionPercent: null, alertColour: null, alertLabel: '', received: '0.00万元', spent: '0.00万元' },
  ],
  timeProgressPercent: '75.00',
  labels: { name: '单位', executionRate: '预算执行率', timeProgress: '序时进度', received: '实际到位', spent: '实际支出' },
};

describe('executionBars', () => {
  const option = executionBars(input);
  const [series] = Array.isArray(option.series) ? option.series : [];
  const [names, rates] = Array.isArray(option.yAxis) ? option.yAxis : [];

  it('lists the items top-down in the order given, so a clicked bar’s index is the item’s', () => {
    expect(names).toMatchObject({ inverse: true, data: ['甲<单位>', '乙单位'] });
    expect((series as { data: { value: number }[] }).data.map((d) => d.value)).toEqual([44.46, 0]);
  });

  it('puts names and rates on the axes, outside the bars: no label is drawn over a bar', () => {
    expect(rates).toMatchObject({ position: 'right', inverse: true, data: ['44.46% 红', '—'] });
    expect(series).not.toHaveProperty('label');
    expect((series as { data: object[] }).data.every((d) => !('label' in d))).toBe(true);
  });

  it('explains a bar in its tooltip: rate with %, 序时进度 and the amounts, names escaped', () => {
    const formatter = (option.tooltip as { formatter: (params: unknown) => string }).formatter;
    const text = formatter([{ dataIndex: 0 }]);
    expect(text).toContain('&lt;单位&gt;');
    expect(text).toContain('预算执行率：44.46% 红');
    expect(text).toContain('序时进度 75.00%');
    expect(text).toContain('实际到位：100.00万元');
    expect(text).toContain('实际支出：44.46万元');
  });

  it('draws time progress as a reference line with its value', () => {
    expect(series).toMatchObject({ markLine: { data: [{ xAxis: 75 }], label: { formatter: '序时进度 75.00%' } } });
  });

  it('gives a phone shorter names on the axis', () => {
    const compact = executionBars({ ...input, compact: true });
    expect((compact.yAxis as { axisLabel: { width: number } }[])[0]?.axisLabel.width).toBeLessThan((names as { axisLabel: { width: number } }).axisLabel.width);
  });
});

describe('executionTable', () => {
  it('holds every bar’s figures as text', () => {
    expect(executionTable(input)).toEqual({
      columns: ['单位', '预算执行率', '序时进度', '实际到位', '实际支出'],
      rows: [
        ['甲<单位>', '44.46% 红', '75.00%', '100.00万元', '44.46万元'],
        ['乙单位', '—', '75.00%', '0.00万元', '0.00万元'],
      ],
    });
  });
});
