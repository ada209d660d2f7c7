export { readReportText, type ReadReportOptions, type ReportImport } from './read-report-text.js';
export { docxText, readReportDocx } from './read-report-docx.js';
export { CHANGJI_REGION, type RegionInput } from './region.js';
export { nameDistance, normaliseName } from './name-match.js';
