import type { SourceCell, SourceRow } from './cell.js';

/**
 * Flattened text as published on government sites: one table row per line with cells between
 * `|` or tabs, one cell per line (empty cells as a bare `|`), or cells separated by spaces. A line
 * of pipes only (`|||||`) is where an HTML row ended. A line of several cells is a real row; a
 * line of one cell is not (its row goes on over the next lines).
 */
export function textRows(text: string): SourceRow[] {
  const rows: SourceRow[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const where = `第${index + 1}行`;
    const trimmed = line.trim();
    if (line === '' || line === '\r') return;
    // A line of spaces (&nbsp; in the page) is an empty cell, not the gap between cells.
    if (trimmed === '') {
      rows.push({ cells: [{ text: '', where }], reliable: false });
      return;
    }
    if (/^\|{2,}$/.test(trimmed.replace(/\s+/g, ''))) {
      rows.push({ cells: [{ text: '||', where }], reliable: false });
      return;
    }
    const pieces = splitLine(line);
    const cells: SourceCell[] = pieces.map((piece, k) => ({ text: piece.trim(), where: pieces.length > 1 ? `${where}第${k + 1}格` : where }));
    rows.push({ cells, reliable: cells.length > 1 });
  });
  return rows;
}

function splitLine(line: string): string[] {
  if (line.includes('|')) {
    const pieces = line.split('|');
    // The pipe that closes a line (“总额 |”) opens no cell; a run of trailing pipes closes empty cells of a wider row.
    while (pieces.length > 1 && (pieces[pieces.length - 1] ?? '').trim() === '') pieces.pop();
    return pieces;
  }
  if (line.includes('\t')) return line.split('\t');
  return line.trim().split(/[ \u00a0\u3000]+/u);
}
