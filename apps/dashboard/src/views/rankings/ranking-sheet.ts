import type { RankingEntryFieldsFragment } from '@jixiao/contract';
import { integer, percent, score, text, type Sheet } from '../../exports/sheet';
import { changeValue } from './ranking-order';

type Translate = (key: string) => string;

/** The ranking as shown, in its order: this year's figures and the 同比 differences. */
export function rankingSheet(rows: readonly RankingEntryFieldsFragment[], nameOf: (entry: RankingEntryFieldsFragment) => string, t: Translate): Sheet {
  return {
    name: t('rankings.fileName'),
    columns: [
      { header: t('rankings.rank'), width: 6 },
      { header: t('rankings.name'), width: 28 },
      { header: t('overview.projectCount'), width: 8 },
      { header: t('rankings.field.executionRate'), width: 12 },
      { header: t('rankings.executionChange'), width: 14 },
      { header: t('rankings.field.averageScore'), width: 12 },
      { header: t('rankings.scoreChange'), width: 12 },
      { header: t('rankings.field.scoreGap'), width: 16 },
      { header: t('rankings.gapChange'), width: 14 },
    ],
    rows: rows.map((entry, index) => [
      integer(index + 1),
      text(nameOf(entry)),
      integer(entry.current.projectCount),
      percent(entry.current.executionRate?.percent),
      score(changeValue(entry, 'executionRate')),
      score(entry.current.averageScore),
      score(changeValue(entry, 'averageScore')),
      score(entry.current.scoreGap),
      score(changeValue(entry, 'scoreGap')),
    ]),
  };
}
