import type { ProjectRowFragment } from '@jixiao/contract';
import { integer, percent, score, text, wanYuan, type Sheet } from './sheet';

type Translate = (key: string) => string;

/** The project list as a sheet: what the list shows, amounts in 万元 and rates in %. */
export function projectSheet(rows: readonly ProjectRowFragment[], t: Translate): Sheet {
  const wan = (label: string) => `${label}（${t('common.wanYuan')}）`;
  return {
    name: t('projects.fileName'),
    columns: [
      { header: t('projects.fiscalYear'), width: 8 },
      { header: t('projects.region'), width: 14 },
      { header: t('projects.unit'), width: 24 },
      { header: t('projects.name'), width: 36 },
      { header: wan(t('overview.budget')), width: 16 },
      { header: wan(t('overview.received')), width: 16 },
      { header: wan(t('overview.spent')), width: 16 },
      { header: t('projects.executionRate'), width: 12 },
      { header: t('projects.timeProgress'), width: 12 },
      { header: t('projects.alert'), width: 8 },
      { header: t('projects.score'), width: 8 },
      { header: t('projects.grade'), width: 8 },
      { header: t('common.synthetic'), width: 8 },
    ],
    rows: rows.map((row) => [
      integer(row.fiscalYear),
      text(row.region.name),
      text(row.unit.name),
      text(row.name),
      wanYuan(row.adjustedBudgetAmount),
      wanYuan(row.receivedAmount),
      wanYuan(row.spentAmount),
      percent(row.executionRate?.percent),
      percent(row.executionAlert?.timeProgress.percent),
      text(row.executionAlert ? t(`common.alert.${row.executionAlert.colour}`) : ''),
      score(row.totalScore),
      text(row.grade ? t(`common.grade.${row.grade}`) : ''),
      text(row.synthetic ? '是' : ''),
    ]),
  };
}
