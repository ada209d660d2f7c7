import JSZip from 'jszip';
import { DocumentReadError } from '../document-read-error.js';
import { readReportText } from '../report-text/read-report-text.js';
import { docxRows } from './docx-rows.js';
import { readTable } from './read-table.js';
import { readStream } from './read-stream.js';
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

/**
 * A text upload: a 自评表 when its cells line up under a header, else an evaluation report. A text
 * that is neither but reads like a 自评表 is refused with what went wrong with its cells, not with
 * the report reader's message.
 */
export function readTextDocument(text: string, options: TableReadOptions = {}): TableImport {
  // A report may quote a table; pages of prose make it a report first (its table is then not read twice).
  const prose = textRows(text).filter((row) => !row.reliable && (row.cells[0]?.text.length ?? 0) > 60).reduce((length, row) => length + (row.cells[0]?.text.length ?? 0), 0);
  const table = prose > MAX_TABLE_PROSE ? undefined : readTextTable(text, options);
  if (table) return table;
  try {
    return { ...readReportText(text, options), notes: [] };
  } catch (error) {
    if (prose > MAX_TABLE_PROSE) {
      const quoted = readTextTable(text, options);
      if (quoted) return quoted;
    }
    if (!(error instanceof DocumentReadError) || error.code !== 'noContent' || !looksLikeTable(text)) throw error;
    // Cells run together or out of order: what evidence places is read, the rest listed.
    const stream = toProjectFile(readStream(text), options, true);
    if (stream) return stream;
    throw new DocumentReadError(
      'noContent',
      '文本是自评表，但读不出它的行和列：单元格之间没有分隔（如“年度资金总额:202010100.00%10”），或顺序已错乱（从 PDF、Excel 复制所致）。请上传原始 .xlsx / .docx，或让每个单元格之间用“|”或制表符分隔、每行一行',
    );
  }
}

/** A 自评表 by its words (its title and its indicator or funds labels), whatever became of its cells. */
function looksLikeTable(text: string): boolean {
  return /自评表/.test(text) && /三级指标|年度资金总额|全年预算数|全年执行数/.test(text);
}

/** Characters of paragraphs outside tables a 自评表 document has at most (a title, notes, signatures); a report has pages. */
const MAX_TABLE_PROSE = 3000;

/** The tables of a .docx read by their XML structure, or undefined when it holds no 自评表 (a report). */
/** `bytes` is a package detect-type has already checked against the unpacking limits. */
export async function readDocxTable(bytes: Uint8Array, options: TableReadOptions = {}): Promise<TableImport | undefined> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string');
  if (xml === undefined || !xml.includes('<w:tbl')) return undefined;
  const rows = docxRows(xml);
  // An evaluation report may hold a scoring table too: its prose, not the table, is then the document.
  const prose = rows.filter((row) => !row.reliable).reduce((length, row) => length + (row.cells[0]?.text.length ?? 0), 0);
  if (prose > MAX_TABLE_PROSE) return undefined;
  const reading = readTable(rows);
  return reading.indicatorColumns.length > 0 ? toProjectFile(reading, options) : undefined;
}
