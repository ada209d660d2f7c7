export { readTable, type TableReading } from './read-table.js';
export { toProjectFile, type TableImport, type TableReadOptions } from './to-project-file.js';
export { worksheetRows } from './xlsx-rows.js';
export { docxRows } from './docx-rows.js';
export { textRows } from './text-rows.js';
export type { SourceCell, SourceRow } from './cell.js';
export { readTextTable, readDocxTable } from './read-text-table.js';
