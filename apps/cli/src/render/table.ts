import { displayWidth, padToWidth } from './display-width.js';

export interface Column {
  readonly header: string;
  /** Numbers align right so that their decimal points line up. */
  readonly align?: 'left' | 'right';
}

const GAP = '  ';

/**
 * A plain-text table aligned by display width, so Chinese cells line up in a terminal. The last
 * column is not padded (no trailing spaces), which lets a long 计分依据 run on without breaking
 * the others; line breaks inside a cell become spaces.
 */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string[] {
  const cells = [columns.map((c) => c.header), ...rows.map((row) => columns.map((_, i) => oneLine(row[i] ?? '')))];
  const widths = columns.map((_, i) => Math.max(...cells.map((row) => displayWidth(row[i] ?? ''))));
  const render = (row: readonly string[]) =>
    row
      .map((cell, i) => {
        const last = i === row.length - 1;
        const align = columns[i]?.align ?? 'left';
        return last && align === 'left' ? cell : padToWidth(cell, widths[i] ?? 0, align);
      })
      .join(GAP)
      .trimEnd();
  const [header = [], ...body] = cells;
  return [render(header), widths.map((w) => '-'.repeat(w)).join(GAP), ...body.map(render)];
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replaceAll('\t', ' ');
}
