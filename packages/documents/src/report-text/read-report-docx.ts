import mammoth from 'mammoth';
import { DocumentReadError } from '../document-read-error.js';
import { readReportText, type ReadReportOptions, type ReportImport } from './read-report-text.js';

/** The raw text of a .docx (paragraphs joined by blank lines), as mammoth extracts it. */
export async function docxText(bytes: Uint8Array): Promise<string> {
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return result.value;
  } catch (error) {
    throw new DocumentReadError('corrupt', `Word 文件无法读取（文件可能已损坏或不是 .docx 格式）：${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A report saved as .docx reads exactly like its text. */
export async function readReportDocx(bytes: Uint8Array, options: ReadReportOptions = {}): Promise<ReportImport> {
  return readReportText(await docxText(bytes), options);
}
