/**
 * @jixiao/documents — Jixiao's documents in and out: read project JSON, 自评表 (.xlsx) and
 * evaluation reports (.txt/.docx) into the project file with their claimed scores; write the
 * 自评表 and the 绩效评价报告 (.docx with server-rendered charts).
 */
export { readProjectInput, DEFAULT_MAX_BYTES, type ReadInputOptions, type ReadInputResult } from './read-input.js';
export { detectType, type InputSource } from './detect-type.js';
export { DocumentReadError, type DocumentReadErrorCode, type Unplaced } from './document-read-error.js';
export { readReportText, readReportDocx, docxText, CHANGJI_REGION, type ReadReportOptions, type ReportImport, type RegionInput } from './report-text/index.js';
export {
  exportSelfEvaluationSheet,
  buildSelfEvaluationWorkbook,
  importSelfEvaluationSheet,
  readSelfEvaluationWorkbook,
  SHEET_NAME,
  type SheetImport,
  type SheetImportOptions,
} from './self-evaluation-sheet/index.js';
export { exportEvaluationReport, type EvaluationReportOptions } from './evaluation-report/index.js';
export { exportProjectHistory, HISTORY_SHEET_NAME, type HistoryChangeRow, type HistoryExport, type HistoryFieldRow } from './project-history/export-history.js';
export { renderChartPng, renderChartSvg, type ChartSize, type PngOptions } from './chart-images/render-chart.js';
export { findCjkFontFiles } from './chart-images/cjk-fonts.js';
export { deviationChartOption, executionChartOption, scoreChartOption } from './chart-images/project-charts.js';
