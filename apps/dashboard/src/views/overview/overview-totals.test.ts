import type { DashboardOverviewQuery } from '@jixiao/contract';
import { describe, expect, it } from 'vitest';
import { mountWithApp } from '../../testing/mount';
import OverviewTotals from './overview-totals.vue';

const money = (yuan: string, wanYuan: string) => ({ __typename: 'Money' as const, yuan, wanYuan, text: `${wanYuan}万元` });

describe('OverviewTotals', () => {
  it('shows the API\'s exact decimals in 万元 and percent, with the alert in words', () => {
    const overview = {
      asOf: '2023-09-30',
      timeProgress: { __typename: 'Rate', percent: '75.00', text: '75.00%' },
      totals: {
        projectCount: 150,
        adjustedBudgetAmount: money('1569763000.00', '156976.30'),
        receivedAmount: money('1542628400.00', '154262.84'),
        spentAmount: money('907662449.99', '90766.24'),
        executionRate: { __typename: 'Rate', percent: '58.84', text: '58.84%' },
        alertColour: 'amber',
      },
    } as unknown as DashboardOverviewQuery['dashboardOverview'];
    const wrapper = mountWithApp(OverviewTotals, { props: { overview } });
    expect(wrapper.find('[data-kpi=project-count] dd').text()).toBe('150');
    expect(wrapper.find('[data-kpi=budget] dd').text()).toBe('156,976.30万元');
    expect(wrapper.find('[data-kpi=spent] dd').text()).toBe('90,766.24万元');
    expect(wrapper.find('[data-kpi=execution-rate] dd').text()).toBe('58.84% 黄');
    expect(wrapper.find('[data-kpi=time-progress]').text()).toContain('截至 2023-09-30');
    expect(wrapper.find('[data-kpi=time-progress] dd').text()).toBe('75.00%');
  });
});
