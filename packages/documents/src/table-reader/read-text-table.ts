import type JSZip from 'jszip';
import { docxRows } from './docx-rows.js';
import { readTable } from './read-table.js';
import { textRows } from './text-rows.js';
import { toProjectFile, type TableImport, type TableReadOptions } from './to-project-file.js';

/**
 * A self-evaluation table published as flattened text, or undefined when the text holds no table
 * header (it is then a report, for the report reader).
 */
export function readTextTable(text: string, options: TableReadOptions = {}): TableImport | undefined {
  const reading = readTable(textRows(text));
  return reading.indicatorColumns.length > 0 || reading.fundRows.length > 0 ? toProjectFile(reading, options) : undefined;
}

/** The tables of a .docx read by their XML structure, or undefined when it holds no 自评表 (a report). */
export async function readDocxTable(zip: JSZip, options: TableReadOptions = {}): Promise<TableImport | undefined> {
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined || !xml.includes('<w:tbl')) return undefined;
  const reading = readTable(docxRows(xml));
  return reading.indicatorColumns.length > 0 ? toProjectFile(reading, options) : undefined;
}
