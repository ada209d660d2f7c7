import { DocumentReadError } from './document-read-error.js';
import { inspectPackage } from './zip-limits/index.js';

export type InputSource = 'json' | 'xlsx' | 'txt' | 'docx';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
/** OLE2 compound file: the old .xls / .doc. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

function extensionOf(fileName: string): string {
  const match = /\.([a-z0-9]+)$/i.exec(fileName.trim());
  return match?.[1]?.toLowerCase() ?? '';
}

/**
 * What an upload is, by its bytes first and its name second: .xlsx and .docx are both zip packages
 * (PK\x03\x04) told apart by their content (xl/workbook.xml vs word/document.xml); JSON starts with
 * `{`; anything else that decodes as text is read as a report. A name that promises a type the
 * bytes do not have is an error, not a guess.
 */
export async function detectType(bytes: Uint8Array, fileName: string): Promise<{ source: InputSource; text?: string }> {
  const extension = extensionOf(fileName);
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) {
    // Bounded before anything else unpacks it: exceljs and mammoth inflate whatever a package holds.
    const names = await inspectPackage(bytes, fileName);
    if (names.has('word/document.xml')) return { source: 'docx' };
    if (names.has('xl/workbook.xml')) return { source: 'xlsx' };
    throw new DocumentReadError('unsupportedType', `文件“${fileName}”是压缩包，但既不是 Word（.docx）也不是 Excel（.xlsx）文件`);
  }
  if (startsWith(bytes, OLE)) {
    throw new DocumentReadError('unsupportedType', `文件“${fileName}”是旧版 Office 格式（.xls/.doc），请在 Office 或 WPS 中另存为 .xlsx 或 .docx 后再上传`);
  }
  if (startsWith(bytes, PDF)) throw new DocumentReadError('unsupportedType', `暂不支持 PDF 文件“${fileName}”，请上传 Word（.docx）、Excel（.xlsx）、文本（.txt）或项目数据（.json）文件`);
  if (extension === 'xlsx' || extension === 'docx') {
    throw new DocumentReadError('corrupt', `文件“${fileName}”不是有效的${extension === 'xlsx' ? ' Excel' : ' Word'}文件（内容不是 Office 压缩包）`);
  }
  const text = decodeText(bytes);
  if (text === undefined) throw new DocumentReadError('unsupportedType', `无法识别文件“${fileName}”的类型：它既不是 Word、Excel、JSON，也不是可读的文本`);
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (extension === 'json' || (extension !== 'txt' && trimmed.startsWith('{'))) return { source: 'json', text: trimmed };
  return { source: 'txt', text };
}

/**
 * UTF-8, else GB18030 (reports saved by Chinese Windows are GBK); undefined when neither decodes
 * or the result is mostly control characters (a binary file with a .txt name).
 */
function decodeText(bytes: Uint8Array): string | undefined {
  for (const encoding of ['utf-8', 'gb18030']) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      continue;
    }
    const sample = text.slice(0, 100_000);
    const control = [...sample].filter(isBinaryCharacter).length;
    if (control <= sample.length * 0.01) return text;
  }
  return undefined;
}

/** C0 controls other than tab, line feed, vertical tab, form feed and carriage return; the replacement character. */
function isBinaryCharacter(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return code <= 0x08 || (code >= 0x0e && code <= 0x1f) || code === 0xfffd;
}
