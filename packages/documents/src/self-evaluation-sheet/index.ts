export { buildSelfEvaluationWorkbook, exportSelfEvaluationSheet } from './export-sheet.js';
export { importSelfEvaluationSheet, readSelfEvaluationWorkbook, type SheetImport, type SheetImportOptions } from './import-sheet.js';
export { SHEET_NAME } from './layout.js';
