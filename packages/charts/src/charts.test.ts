import { describe, expect, it } from 'vitest';
import { executionVsTimeProgress, indicatorDeviations, scoreByDimension, PALETTE, percentText, signedPercentText, wanYuanText } from './index.js';

const months = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, executionRate: i === 11 ? 91.02 : (i + 1) * 7, timeProgress: Number((((i + 1) / 12) * 100).toFixed(2)) }));

describe('executionVsTimeProgress', () => {
  it('draws 12 months of 预算执行率 against a dashed 序时进度 line, labelled in %', () => {
    const option = executionVsTimeProgress({ points: months });
    expect(option.xAxis).toMatchObject({ data: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'] });
    const series = option.series as { name: string; data: unknown[]; lineStyle?: { type?: string } }[];
    expect(series.map((s) => s.name)).toEqual(['预算执行率', '序时进度']);
    expect(series[1]?.lineStyle?.type).toBe('dashed');
    const lastPoint = series[0]?.data[11] as { value: number; label: { show: boolean; formatter: string } };
    expect(lastPoint.value).toBe(91.02);
    expect(lastPoint.label).toMatchObject({ show: true, formatter: '91.02%' });
    expect(option.yAxis).toMatchObject({ max: 100, axisLabel: { formatter: '{value}%' } });
    // Plain data: the option survives JSON (what SSR and the API need).
    expect(JSON.parse(JSON.stringify(option))).toEqual(option);
  });

  it('sorts months and grows the axis when spending overshoots the budget', () => {
    const option = executionVsTimeProgress({ points: [{ month: 2, executionRate: 131.5, timeProgress: 16.67 }, { month: 1, executionRate: null, timeProgress: 8.33 }] });
    expect(option.xAxis).toMatchObject({ data: ['1月', '2月'] });
    expect(option.yAxis).toMatchObject({ max: 140 });
    const [execution, progress] = option.series as { data: { label: { show: boolean } }[]; symbol?: string }[];
    expect(progress?.symbol).toBe('none');
    expect(execution?.data.map((d) => d.label.show)).toEqual([false, true]);
  });

  it('marks the single year-end point a report gives, with both values labelled', () => {
    const option = executionVsTimeProgress({ points: [{ month: 12, executionRate: 91.02, timeProgress: 100 }] });
    const [execution, progress] = option.series as { data: { label: { show: boolean; formatter: string } }[]; symbol?: string }[];
    expect(progress?.symbol).toBe('emptyCircle');
    expect([execution?.data[0]?.label.formatter, progress?.data[0]?.label.formatter]).toEqual(['91.02%', '100.00%']);
  });
});

describe('scoreByDimension', () => {
  const dimensions = [
    { name: '决策', weight: 20, score: 20 },
    { name: '过程', weight: 20, score: 19.55 },
    { name: '产出', weight: 30, score: 28.75 },
    { name: '效益', weight: 30, score: 30 },
  ];

  it('bars: 分值 and 得分 with two-decimal labels, lost points in red', () => {
    const option = scoreByDimension({ dimensions });
    expect(option.xAxis).toMatchObject({ data: ['决策', '过程', '产出', '效益'] });
    const [weights, scores] = option.series as { data: { value: number; label: { formatter: string }; itemStyle?: { color: string } }[] }[];
    expect(weights?.data.map((d) => d.label.formatter)).toEqual(['20.00', '20.00', '30.00', '30.00']);
    expect(scores?.data.map((d) => d.label.formatter)).toEqual(['20.00', '19.55', '28.75', '30.00']);
    expect(scores?.data.map((d) => d.itemStyle?.color)).toEqual([PALETTE.primary, PALETTE.bad, PALETTE.bad, PALETTE.primary]);
  });

  it('radar: one axis per dimension up to its weight, with the score rate', () => {
    const option = scoreByDimension({ dimensions, kind: 'radar' });
    expect(option.radar).toMatchObject({ indicator: [{ name: '决策\n100.00%', max: 20 }, { name: '过程\n97.75%', max: 20 }, { name: '产出\n95.83%', max: 30 }, { name: '效益\n100.00%', max: 30 }] });
  });
});

describe('indicatorDeviations', () => {
  it('diverges around zero, red only on the bad side whatever the sign', () => {
    const option = indicatorDeviations({
      items: [
        { name: '宣传费', deviationRate: 201.6, bad: true },
        { name: '调研督导差旅费', deviationRate: -73.67, bad: false },
        { name: '组织力量开展检查督导次数', deviationRate: 50, bad: false },
      ],
    });
    expect(option.yAxis).toMatchObject({ data: ['组织力量开展检查督导次数', '调研督导差旅费', '宣传费'] });
    const [series] = option.series as { data: { value: number; itemStyle: { color: string }; label: { formatter: string; position: string } }[] }[];
    expect(series?.data.map((d) => d.itemStyle.color)).toEqual([PALETTE.good, PALETTE.good, PALETTE.bad]);
    expect(series?.data.map((d) => d.label.formatter)).toEqual(['+50.00%', '-73.67%', '+201.60%']);
    expect(series?.data[1]?.label.position).toBe('left');
    // Room for the negative labels left of the bars, and for the positive ones right.
    expect(option.xAxis).toMatchObject({ min: -200, max: 300 });
  });
});

describe('formatting', () => {
  it('shows two decimals and a dash for what is not a number', () => {
    expect(percentText(91.02)).toBe('91.02%');
    expect(percentText(100)).toBe('100.00%');
    expect(signedPercentText(0)).toBe('0.00%');
    expect(wanYuanText(60.32)).toBe('60.32万元');
    expect(percentText(Number.NaN)).toBe('—');
  });
});
