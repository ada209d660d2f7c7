import type ExcelJS from 'exceljs';

/**
 * A cell's content as text, whatever exceljs holds: rich text, formula results, hyperlinks,
 * dates, numbers. Merged cells read as their master (exceljs does that), so a 一级指标 merged over
 * ten rows reads on each of them.
 */
export function cellText(cell: ExcelJS.Cell): string {
  return valueText(cell.value).trim();
}

function valueText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return `${value.getUTCFullYear()}年${value.getUTCMonth() + 1}月${value.getUTCDate()}日`;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return valueText((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return '';
  }
  return '';
}

/** A cell's number: a numeric cell, a formula's numeric result, or text such as “20.00”, “20分”. */
export function cellNumber(cell: ExcelJS.Cell): string | undefined {
  const value = cell.value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (value && typeof value === 'object' && 'result' in value && typeof value.result === 'number') return String(value.result);
  const text = cellText(cell).replace(/[,，\s]/g, '').replace(/分$/, '');
  return /^-?\d+(\.\d+)?$/.test(text) ? text : undefined;
}
