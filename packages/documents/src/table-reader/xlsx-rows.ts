import type ExcelJS from 'exceljs';
import type { SourceCell, SourceRow } from './cell.js';

const MAX_ROWS = 5000;
const MAX_COLUMNS = 60;

/**
 * A worksheet as rows of cells the way Excel shows them: a percent-formatted 0.95 reads “95%”,
 * a formula its cached result (or, without one, an unreadable cell that is listed, never dropped),
 * a date as 2023年12月20日. A cell merged over several columns is one cell (its first column); the
 * lower cells of one merged over several rows are marked `mergedAbove` so that a weight merged
 * over two rows counts once.
 */
export function worksheetRows(sheet: ExcelJS.Worksheet): SourceRow[] {
  const rows: SourceRow[] = [];
  const lastRow = Math.min(sheet.rowCount, MAX_ROWS);
  const lastColumn = Math.min(sheet.columnCount, MAX_COLUMNS);
  for (let r = 1; r <= lastRow; r += 1) {
    const cells: SourceCell[] = [];
    for (let c = 1; c <= lastColumn; c += 1) {
      const cell = sheet.getCell(r, c);
      const where = `${sheet.name}!${cell.address}`;
      if (cell.isMerged && cell.master.address !== cell.address) {
        const master = cell.master;
        if (Number(master.row) === r) continue;
        cells.push({ text: '', where, mergedAbove: true, column: Number(master.col) });
        continue;
      }
      cells.push({ ...display(cell), where, column: c });
    }
    if (cells.some((cell) => cell.text !== '' || cell.unreadable)) rows.push({ cells, reliable: true });
  }
  return rows;
}

function display(cell: ExcelJS.Cell): { text: string; unreadable?: string } {
  return valueText(cell.value, cell.numFmt ?? '');
}

function valueText(value: ExcelJS.CellValue, format: string): { text: string; unreadable?: string } {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'number') return { text: formatNumber(value, format) };
  if (typeof value === 'string') return { text: value.trim() };
  if (typeof value === 'boolean') return { text: value ? '是' : '否' };
  if (value instanceof Date) return { text: `${value.getUTCFullYear()}年${value.getUTCMonth() + 1}月${value.getUTCDate()}日` };
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return { text: value.richText.map((part) => part.text).join('').trim() };
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: ExcelJS.CellValue }).result;
      const formula = 'formula' in value ? value.formula : (value as { sharedFormula: string }).sharedFormula;
      if (result === undefined || result === null) return { text: `=${formula}`, unreadable: `公式“=${formula}”没有保存计算结果（请在 Excel/WPS 中打开、重新计算并保存后再导入）` };
      if (typeof result === 'object' && 'error' in result) return { text: String(result.error), unreadable: `公式“=${formula}”的结果是错误值 ${String(result.error)}` };
      return valueText(result, format);
    }
    if ('error' in value) return { text: String(value.error), unreadable: `单元格是错误值 ${String(value.error)}` };
    if ('text' in value && typeof value.text === 'string') return { text: value.text.trim() };
  }
  return { text: '' };
}

/** A number as its cell's format shows it: percent formats multiply by 100 (a typed “95%” is stored 0.95). */
function formatNumber(value: number, format: string): string {
  const clean = (n: number) => String(Number(n.toPrecision(15)));
  if (/%/.test(format.replace(/"[^"]*"/g, ''))) return `${clean(value * 100)}%`;
  return clean(value);
}
