import type { DashboardOverviewQuery } from '@jixiao/contract';
import { describe, expect, it } from 'vitest';
import { mountWithApp } from '../../testing/mount';
import OverviewTotals from './overview-totals.vue';

type Overview = DashboardOverviewQuery['dashboardOverview'];
const money = (yuan: string, wanYuan: string) => ({ __typename: 'Money' as const, yuan, wanYuan, text: `${wanYuan}万元` });
const rate = (percent: string) => ({ __typename: 'Rate' as const, percent, text: `${percent}%` });
const curve = (fiscalYear: number, at: (month: number) => [string, string] | null) => ({
  __typename: 'ExecutionSeries' as const,
  fiscalYear,
  points: Array.from({ length: 12 }, (_, i) => {
    const point = at(i + 1);
    return {
      __typename: 'ExecutionPoint' as const,
      month: i + 1,
      cumulativeSpent: money(point?.[1] ?? '0', '0'),
      executionRate: point ? rate(point[0]) : null,
      timeProgress: rate('0.00'),
    };
  }),
});

function overviewWith(executionSeries: Overview['executionSeries']): Overview {
  return {
    fiscalYear: 2023,
    asOf: '2023-09-30',
    timeProgress: rate('75.00'),
    totals: {
      projectCount: 150,
      adjustedBudgetAmount: money('1569763000.00', '156976.30'),
      receivedAmount: money('1542628400.00', '154262.84'),
      spentAmount: money('907662449.99', '90766.24'),
      executionRate: rate('58.84'),
      alertColour: 'amber',
    },
    executionSeries,
  } as unknown as Overview;
}

describe('OverviewTotals', () => {
  it('shows the API\'s exact decimals in 万元 and percent, with the alert in words', () => {
    const wrapper = mountWithApp(OverviewTotals, { props: { overview: overviewWith([]) } });
    expect(wrapper.find('[data-kpi=project-count] dd').text()).toBe('150');
    expect(wrapper.find('[data-kpi=budget] dd').text()).toBe('156,976.30万元');
    expect(wrapper.find('[data-kpi=spent] dd').text()).toBe('90,766.24万元');
    expect(wrapper.find('[data-kpi=execution-rate] dd').text()).toBe('58.84% 黄');
    expect(wrapper.find('[data-kpi=time-progress]').text()).toContain('截至 2023-09-30');
    expect(wrapper.find('[data-kpi=time-progress] dd').text()).toBe('75.00%');
    // Without last year's curve there is nothing to compare with: no 同比 rather than a made-up one.
    expect(wrapper.find('[data-change]').exists()).toBe(false);
  });

  it('compares with last year at the same month-end (同比), not with last year’s whole year', () => {
    const series = [
      curve(2023, (m) => [`${(m * 6.5).toFixed(2)}`, String(m * 1000)]),
      curve(2022, (m) => [m === 12 ? '99.00' : `${(m * 6).toFixed(2)}`, String(m * 800)]),
    ];
    const wrapper = mountWithApp(OverviewTotals, { props: { overview: overviewWith(series) } });
    // September: 58.50% against 54.00%; 9,000 against 7,200 spent.
    expect(wrapper.find('[data-change=execution-rate]').text()).toBe('同比（9月末） +4.50个百分点');
    expect(wrapper.find('[data-change=spent]').text()).toBe('同比（9月末） +25.00%');
  });
});
