import { isBlank, isDash, labelKey, readMoney, readPercent, readPlainNumber, type SourceCell } from './cell.js';
import type { ColumnRole } from './roles.js';

/** Whether a cell can be the value of a column: a rate must be a percentage, a weight a number. */
function fits(role: ColumnRole, cell: SourceCell): boolean {
  const text = cell.text;
  if (isBlank(text) || isDash(text) || cell.unreadable) return true;
  switch (role) {
    case 'budget':
    case 'adjustedBudget':
    case 'spent':
      return readMoney(text) !== undefined;
    case 'rate':
      return readPercent(text) !== undefined;
    case 'weight':
    case 'score':
    case 'recomputedScore':
    case 'reviewScore':
      return readPlainNumber(text) !== undefined;
    case 'nature':
      return /^(?:≥|≤|=|>|<|>=|<=|≧|≦|定性|定量|正向|反向)$/.test(labelKey(text));
    case 'measureUnit':
      return labelKey(text).length <= 8 && !/^\d/.test(labelKey(text));
    case 'reason':
    case 'scoreMethod':
      return readPlainNumber(text) === undefined;
    default:
      return true;
  }
}

/** The columns a row is not complete without: a fewer-celled row fills these first. */
const KEY_ROLES: ReadonlySet<ColumnRole> = new Set(['weight', 'score', 'budget', 'adjustedBudget', 'spent']);

/**
 * Cells of a row → their columns, in order. A row with a cell per column maps one to one. A row
 * with fewer cells (flattened text drops empty cells: “年度资金总额: 880 880 880 10 10” under six
 * columns) takes the in-order assignment where every cell fits its column, preferring the one that
 * fills the most key columns, then the earliest columns. Undefined when no assignment fits.
 */
export function alignCells(cells: readonly SourceCell[], roles: readonly ColumnRole[]): Map<ColumnRole, SourceCell> | undefined {
  if (cells.length >= roles.length) {
    const mapped = new Map<ColumnRole, SourceCell>();
    roles.forEach((role, i) => {
      const cell = cells[i];
      if (cell) mapped.set(role, cell);
    });
    return mapped;
  }
  let best: { positions: number[]; key: number } | undefined;
  for (const positions of combinations(roles.length, cells.length)) {
    if (!positions.every((p, i) => fits(roles[p] as ColumnRole, cells[i] as SourceCell))) continue;
    const key = positions.filter((p, i) => KEY_ROLES.has(roles[p] as ColumnRole) && !isBlank((cells[i] as SourceCell).text)).length;
    if (!best || key > best.key) best = { positions, key };
  }
  if (!best) return undefined;
  const mapped = new Map<ColumnRole, SourceCell>();
  best.positions.forEach((p, i) => mapped.set(roles[p] as ColumnRole, cells[i] as SourceCell));
  return mapped;
}

/** Increasing index tuples of length k from 0..n-1, in lexicographic order (n ≤ 12 in any real form). */
function* combinations(n: number, k: number): Generator<number[]> {
  if (k === 0) {
    yield [];
    return;
  }
  if (n > 14) return;
  const tuple = Array.from({ length: k }, (_, i) => i);
  for (;;) {
    yield [...tuple];
    let i = k - 1;
    while (i >= 0 && tuple[i] === n - k + i) i -= 1;
    if (i < 0) return;
    tuple[i] = (tuple[i] as number) + 1;
    for (let j = i + 1; j < k; j += 1) tuple[j] = (tuple[j - 1] as number) + 1;
  }
}
