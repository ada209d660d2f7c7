import type { DashboardOverviewQuery } from '@jixiao/contract';
import { integer, percent, text, wanYuan, type Cell, type Sheet } from './sheet';

type Overview = DashboardOverviewQuery['dashboardOverview'];
type Translate = (key: string, values?: Record<string, unknown>) => string;
type Summary = Overview['totals'];

const summaryCells = (summary: Summary, t: Translate): Cell[] => [
  integer(summary.projectCount),
  wanYuan(summary.adjustedBudgetAmount),
  wanYuan(summary.receivedAmount),
  wanYuan(summary.spentAmount),
  percent(summary.executionRate?.percent),
  text(summary.alertColour ? t(`common.alertLong.${summary.alertColour}`) : ''),
];

/**
 * The overview as a workbook: the headline figures, by unit, by region (本级 rows named as on the
 * page), grades and the monthly curves; amounts in 万元 and rates in % as the page shows them.
 * `regionName` gives a region row its page label.
 */
export function overviewSheets(overview: Overview, t: Translate, regionName: (row: Overview['byRegion'][number]) => string): Sheet[] {
  const wan = (label: string) => `${label}（${t('common.wanYuan')}）`;
  const summaryColumns = [
    { header: t('overview.projectCount'), width: 10 },
    { header: wan(t('overview.budget')), width: 16 },
    { header: wan(t('overview.received')), width: 16 },
    { header: wan(t('overview.spent')), width: 16 },
    { header: t('overview.executionRate'), width: 12 },
    { header: t('overview.alerts'), width: 14 },
  ];
  return [
    {
      name: t('overview.title'),
      columns: [{ header: t('common.fiscalYear'), width: 10 }, { header: t('overview.timeProgress'), width: 12 }, { header: t('overview.asOfColumn'), width: 14 }, ...summaryColumns],
      rows: [[integer(overview.fiscalYear), percent(overview.timeProgress.percent), text(overview.asOf), ...summaryCells(overview.totals, t)]],
    },
    {
      name: t('overview.byUnitSheet'),
      columns: [{ header: t('overview.unit'), width: 28 }, ...summaryColumns],
      rows: overview.byUnit.map((unit) => [text(unit.unitName), ...summaryCells(unit.summary, t)]),
    },
    {
      name: t('overview.byRegionSheet'),
      columns: [{ header: t('overview.region'), width: 18 }, ...summaryColumns],
      rows: overview.byRegion.map((region) => [text(regionName(region)), ...summaryCells(region.summary, t)]),
    },
    {
      name: t('overview.grades'),
      columns: [{ header: t('overview.grade') }, { header: t('overview.projectCount') }],
      rows: overview.gradeDistribution.map((g) => [text(t(`common.grade.${g.grade ?? 'none'}`)), integer(g.count)]),
    },
    {
      name: t('overview.monthlySheet'),
      columns: [{ header: t('common.fiscalYear') }, { header: t('overview.month') }, { header: wan(t('overview.cumulativeSpent')), width: 16 }, { header: t('overview.executionRate') }, { header: t('overview.timeProgress') }],
      rows: overview.executionSeries.flatMap((series) =>
        series.points.map((p) => [integer(series.fiscalYear), integer(p.month), wanYuan(p.cumulativeSpent), percent(p.executionRate?.percent), percent(p.timeProgress.percent)]),
      ),
    },
  ];
}
