import type { DashboardOverviewQuery } from '@jixiao/contract';
import { describe, expect, it } from 'vitest';
import type { ChartOption } from '../../charts/types';
import { mountWithApp } from '../../testing/mount';
import MonthlyExecution from './monthly-execution.vue';

type Series = DashboardOverviewQuery['dashboardOverview']['executionSeries'][number];
const rate = (percent: string) => ({ __typename: 'Rate' as const, percent, text: `${percent}%` });
function series(fiscalYear: number, percent: (month: number) => string | null): Series {
  return {
    __typename: 'ExecutionSeries',
    fiscalYear,
    points: Array.from({ length: 12 }, (_, i) => {
      const value = percent(i + 1);
      return { __typename: 'ExecutionPoint' as const, month: i + 1, cumulativeSpent: { __typename: 'Money' as const, yuan: '0', wanYuan: '0.00', text: '0.00万元' }, executionRate: value === null ? null : rate(value), timeProgress: rate(((i + 1) * 100 / 12).toFixed(2)) };
    }),
  };
}
/** The lazy chart panel, replaced by a stub that keeps the option it was given. */
const ChartStub = { name: 'ChartStub', props: ['option', 'label', 'height'], template: '<div data-chart-stub />' };
const stubs = { AsyncComponentWrapper: ChartStub };
const optionOf = (wrapper: ReturnType<typeof mountWithApp>) => wrapper.findComponent(ChartStub).props('option') as ChartOption;

describe('MonthlyExecution', () => {
  it('draws the API\'s curves, this year up to its monitoring month beside last year', () => {
    const wrapper = mountWithApp(MonthlyExecution, {
      props: { series: [series(2023, (m) => `${m * 5}.00`), series(2022, (m) => `${m * 7}.50`)], fiscalYear: 2023, asOf: '2023-09-30' },
      global: { stubs },
    });
    const lines = optionOf(wrapper).series as { name: string; data: (number | null)[] }[];
    expect(lines.map((line) => line.name)).toEqual(['2023年执行率', '2022年执行率', '序时进度']);
    expect(lines[0]?.data).toEqual([5, 10, 15, 20, 25, 30, 35, 40, 45, null, null, null]);
    expect(lines[1]?.data[11]).toBe(84.5);
    expect(lines[2]?.data[5]).toBe(50);
  });

  it('leaves out a previous year without anything received', () => {
    const wrapper = mountWithApp(MonthlyExecution, {
      props: { series: [series(2023, () => '10.00'), series(2022, () => null)], fiscalYear: 2023, asOf: '2023-12-31' },
      global: { stubs },
    });
    expect((optionOf(wrapper).series as { name: string }[]).map((line) => line.name)).toEqual(['2023年执行率', '序时进度']);
  });

  it('is empty without this year\'s curve', () => {
    const wrapper = mountWithApp(MonthlyExecution, { props: { series: [], fiscalYear: 2023, asOf: '2023-12-31' }, global: { stubs } });
    expect(wrapper.find('[data-state=empty]').exists()).toBe(true);
  });
});
