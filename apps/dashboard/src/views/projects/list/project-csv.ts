import type { ProjectRowFragment } from '@jixiao/contract';
import { toCsv } from '../../../utils/csv';
import { formatDecimal } from '../../../utils/decimal-format';

type Translate = (key: string) => string;

/** Numbers without grouping separators, so that the spreadsheet reads them as numbers. */
const plain = (text: string | null | undefined): string => (text == null ? '' : formatDecimal(text, { grouping: false }));

/** The exported columns: what the list shows, with amounts in 万元 and rates in percent. */
export function projectsCsv(rows: readonly ProjectRowFragment[], t: Translate): string {
  const header = [
    t('projects.fiscalYear'),
    t('projects.region'),
    t('projects.unit'),
    t('projects.name'),
    'code',
    t('projects.budget'),
    `${t('detail.kpi.received')}（${t('common.wanYuan')}）`,
    t('projects.spent'),
    `${t('projects.executionRate')}（%）`,
    `${t('projects.timeProgress')}（%）`,
    t('projects.alert'),
    t('projects.score'),
    t('projects.grade'),
    t('common.synthetic'),
  ];
  const body = rows.map((row) => [
    String(row.fiscalYear),
    row.region.name,
    row.unit.name,
    row.name,
    row.code ?? '',
    plain(row.adjustedBudgetAmount.wanYuan),
    plain(row.receivedAmount.wanYuan),
    plain(row.spentAmount.wanYuan),
    plain(row.executionRate?.percent),
    plain(row.executionAlert?.timeProgress.percent),
    row.executionAlert ? t(`common.alert.${row.executionAlert.colour}`) : '',
    plain(row.totalScore),
    row.grade ? t(`common.grade.${row.grade}`) : '',
    row.synthetic ? '是' : '',
  ]);
  return toCsv(header, body);
}
