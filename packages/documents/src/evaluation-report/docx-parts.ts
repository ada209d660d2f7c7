import { AlignmentType, BorderStyle, HeadingLevel, ImageRun, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';

/**
 * The few shapes the report is built from, so that sections read as content, not as docx calls.
 * Body text is 仿宋-like 12pt (size 24 half-points), tables 9pt, headings bold — the look of the
 * sample report; fonts are named for Word and fall back in LibreOffice.
 */
export const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const TABLE_SIZE = 18;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

export function title(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text, bold: true, size: 36, font: FONT })] });
}

export function centered(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text, size: 24, font: FONT })] });
}

/** 一、项目概况 */
export function heading1(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 }, children: [new TextRun({ text, bold: true, size: 30, font: FONT, color: '000000' })] });
}

/** （一）项目基本情况 */
export function heading2(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 160, after: 80 }, children: [new TextRun({ text, bold: true, size: 26, font: FONT, color: '000000' })] });
}

/** A body paragraph with a first-line indent of two characters, as Chinese reports set it. */
export function body(text: string): Paragraph {
  return new Paragraph({ indent: { firstLine: 480 }, spacing: { line: 360 }, children: [new TextRun({ text, size: 24, font: FONT })] });
}

export function caption(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun({ text, size: 20, font: FONT })] });
}

export function image(png: Uint8Array, width: number, height: number, alt: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new ImageRun({ type: 'png', data: png, transformation: { width, height }, altText: { name: alt, title: alt, description: alt } })],
  });
}

export interface Cell {
  readonly text: string;
  readonly bold?: boolean;
  readonly align?: 'left' | 'center' | 'right';
  readonly rowSpan?: number;
  readonly columnSpan?: number;
}

export type CellInput = string | Cell;

function cell(input: CellInput, header: boolean): TableCell {
  const c: Cell = typeof input === 'string' ? { text: input } : input;
  const alignment = c.align === 'left' ? AlignmentType.LEFT : c.align === 'right' ? AlignmentType.RIGHT : AlignmentType.CENTER;
  return new TableCell({
    verticalAlign: VerticalAlign.CENTER,
    ...(c.rowSpan ? { rowSpan: c.rowSpan } : {}),
    ...(c.columnSpan ? { columnSpan: c.columnSpan } : {}),
    ...(header ? { shading: { fill: 'E7EEF7' } } : {}),
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER },
    children: c.text.split('\n').map((line) => new Paragraph({ alignment, children: [new TextRun({ text: line, size: TABLE_SIZE, bold: header || c.bold === true, font: FONT })] })),
  });
}

/** A full-width table; the first row is the header and repeats on each page. */
export function table(header: readonly CellInput[], rows: readonly (readonly CellInput[])[], columnWidths?: readonly number[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    ...(columnWidths ? { columnWidths: [...columnWidths] } : {}),
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c) => cell(c, false)) })),
    ],
  });
}
