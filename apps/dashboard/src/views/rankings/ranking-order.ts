import type { RankingEntryFieldsFragment } from '@jixiao/contract';
import { formatDecimal, parseDecimal } from '../../utils/decimal-format';

export const RANKING_FIELDS = ['executionRate', 'averageScore', 'scoreGap'] as const;
export type RankingField = (typeof RANKING_FIELDS)[number];
export const DIRECTIONS = ['desc', 'asc'] as const;
export type Direction = (typeof DIRECTIONS)[number];

type Figures = RankingEntryFieldsFragment['current'];

/** The decimal text a field ranks by (percent for execution), null when the figure does not exist. */
export function figure(figures: Figures | null | undefined, field: RankingField): string | null {
  if (!figures) return null;
  return field === 'executionRate' ? (figures.executionRate?.percent ?? null) : figures[field];
}

/**
 * Ranked by one field; entries without the figure (nothing received, nothing scored, no claimed
 * score) come last whichever the direction — they are not the worst, they are unknown — then by name.
 */
export function rankEntries(entries: readonly RankingEntryFieldsFragment[], field: RankingField, direction: Direction): RankingEntryFieldsFragment[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...entries].sort((a, b) => {
    const x = figure(a.current, field);
    const y = figure(b.current, field);
    if (x === null || y === null) return x === y ? a.name.localeCompare(b.name, 'zh') : x === null ? 1 : -1;
    return sign * parseDecimal(x).compare(parseDecimal(y)) || a.name.localeCompare(b.name, 'zh');
  });
}

/** 同比 of a field: this year minus last year as a plain decimal ("-1.05"), null without both figures. */
export function changeValue(entry: RankingEntryFieldsFragment, field: RankingField): string | null {
  const now = figure(entry.current, field);
  const then = figure(entry.previous, field);
  return now === null || then === null ? null : parseDecimal(now).minus(parseDecimal(then)).toString();
}

/** The same, for display: signed, two decimals ("+3.20"). */
export function change(entry: RankingEntryFieldsFragment, field: RankingField): string | null {
  const delta = changeValue(entry, field);
  if (delta === null) return null;
  const text = formatDecimal(delta);
  return text.startsWith('-') ? text : `+${text}`;
}
