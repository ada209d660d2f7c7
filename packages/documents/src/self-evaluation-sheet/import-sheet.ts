import ExcelJS from 'exceljs';
import { DocumentReadError } from '../document-read-error.js';
import { readTable } from '../table-reader/read-table.js';
import { toProjectFile, type TableImport, type TableReadOptions } from '../table-reader/to-project-file.js';
import { worksheetRows } from '../table-reader/xlsx-rows.js';

export type SheetImportOptions = TableReadOptions;
export type SheetImport = TableImport;

/** Jixiao's export puts its recomputation on this sheet: never read as the unit's claims. */
export const RECOMPUTED_SHEET_NAME = '重算对照';

/**
 * Reads a 自评表 (.xlsx) — Jixiao's own or a unit's, in any layout the table reader knows — into a
 * project file with its claimed scores. The sheet is chosen by what it holds (a 填表说明 sheet in
 * front does not hide the table), and every cell that cannot be read is listed with its address.
 */
export async function importSelfEvaluationSheet(bytes: Uint8Array, options: SheetImportOptions = {}): Promise<SheetImport> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    throw new DocumentReadError('corrupt', `Excel 文件无法读取（文件可能已损坏或不是 .xlsx 格式）：${error instanceof Error ? error.message : String(error)}`);
  }
  return readSelfEvaluationWorkbook(workbook, options);
}

export function readSelfEvaluationWorkbook(workbook: ExcelJS.Workbook, options: SheetImportOptions = {}): SheetImport {
  const skipped = workbook.worksheets.filter((sheet) => sheet.name.trim() === RECOMPUTED_SHEET_NAME);
  const candidates = workbook.worksheets
    .filter((sheet) => !skipped.includes(sheet))
    .map((sheet) => ({ sheet, read: toProjectFile(readTable(worksheetRows(sheet)), options) }))
    .filter((c): c is { sheet: ExcelJS.Worksheet; read: TableImport } => c.read !== undefined);
  const best = candidates.sort((a, b) => weightOf(b.read) - weightOf(a.read))[0];
  if (!best) throw new DocumentReadError('noContent', '工作簿中未找到自评表（需要“三级指标”及“分值/年度指标值/实际完成值/得分”等列，或“年度资金总额”等资金行）');
  const notes = [
    ...skipped.map((sheet) => ({ text: sheet.name, reason: '工作表“重算对照”是 Jixiao 的重算结果，不作为自评数据读入', where: sheet.name })),
    ...candidates.filter((c) => c !== best).map((c) => ({ text: c.sheet.name, reason: `工作表“${c.sheet.name}”的内容少于“${best.sheet.name}”，未读入`, where: c.sheet.name })),
    ...best.read.notes,
  ];
  return { file: best.read.file, unplaced: best.read.unplaced, notes };
}

/** A sheet holds a self-evaluation by its indicators first, its funds second. */
function weightOf(read: TableImport): number {
  return (read.file.evaluation?.indicators.length ?? 0) * 10 + (read.file.budget.fundRows?.length ?? 0);
}
