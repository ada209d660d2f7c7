import { randomBytes } from 'node:crypto';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { readProjectInput, type ReadInputResult } from '../read-input.js';
import { inspectPackage } from './inspect-package.js';
import { PACKAGE_LIMITS } from './limits.js';

const MB = 1024 * 1024;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** A .docx in structure: content types and a document.xml of `paragraphs` identical paragraphs. */
async function docxOf(paragraphs: number, extra: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  const paragraph = '<w:p><w:r><w:t>项目绩效目标全部完成，满意度达到百分之九十五。</w:t></w:r></w:p>';
  zip.file('word/document.xml', `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph.repeat(paragraphs)}</w:body></w:document>`);
  for (const [name, text] of Object.entries(extra)) zip.file(name, text, { createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** Every central-directory and local header of `name`, with a patch applied to each (offsets from the signature). */
function patchHeaders(bytes: Uint8Array, name: string, patch: (view: DataView, at: number, kind: 'central' | 'local') => void): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  const encoded = new TextEncoder().encode(name);
  const nameAt = (at: number, offset: number) => encoded.every((b, i) => copy[at + offset + i] === b);
  for (let at = 0; at + 46 < copy.length; at += 1) {
    const signature = view.getUint32(at, true);
    if (signature === CENTRAL && view.getUint16(at + 28, true) === encoded.length && nameAt(at, 46)) patch(view, at, 'central');
    if (signature === LOCAL && view.getUint16(at + 26, true) === encoded.length && nameAt(at, 30)) patch(view, at, 'local');
  }
  return copy;
}

function failure(result: ReadInputResult): { code: string; message: string } {
  if (result.ok) throw new Error(`expected a failure, got source ${result.source}`);
  return result.error;
}

/** Building an 80 MB bomb with pure-JS deflate takes seconds, far more on a busy machine; the refusal itself is quick. */
const BOMB_BUILD_TIMEOUT = 120_000;

describe('inspectPackage: zip bombs are refused before any parser inflates them', () => {
  /** document.xml of ≈ 88 MB in ≈ 90 KB, like the upload that took the API down. */
  let bomb: Uint8Array;
  beforeAll(async () => {
    bomb = await docxOf(1_000_000);
  });

  it('a .docx whose document.xml inflates to 80+ MB from a few hundred KB is refused from its directory', async () => {
    expect(bomb.byteLength).toBeLessThan(500 * 1024);
    const heapBefore = process.memoryUsage().heapUsed;
    const error = failure(await readProjectInput(bomb, '报告.docx'));
    expect(error.code).toBe('tooLarge');
    expect(error.message).toMatch(/^文件“报告\.docx”解压后过大：其中的“word\/document\.xml”有 \d+\.\d MB，单个部件上限为 16\.0 MB/);
    // Nothing was inflated: the refusal costs no memory worth the name (mammoth took 4.7 GB).
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(50 * MB);
  }, BOMB_BUILD_TIMEOUT);

  it('an .xlsx bomb (a sheet XML of 80+ MB) is refused the same way', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    zip.file('xl/worksheets/sheet1.xml', `<worksheet><sheetData>${'<row><c t="s"><v>0</v></c></row>'.repeat(3_000_000)}</sheetData></worksheet>`);
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    const error = failure(await readProjectInput(bomb, '自评表.xlsx'));
    expect(error.code).toBe('tooLarge');
    expect(error.message).toContain('“xl/worksheets/sheet1.xml”有');
  }, BOMB_BUILD_TIMEOUT);

  it('a part whose declared size lies is stopped while inflating, at the first byte past what it declared', async () => {
    // Declared 4 KB: under every limit in the directory, 80 MB in fact.
    const lying = patchHeaders(bomb, 'word/document.xml', (view, at, kind) => view.setUint32(at + (kind === 'central' ? 24 : 22), 4096, true));
    const error = failure(await readProjectInput(lying, '报告.docx'));
    expect(error).toEqual({ code: 'corrupt', message: '文件“报告.docx”已损坏：其中的“word/document.xml”解压后超过压缩包目录中声明的 4096 字节（文件可能被篡改）' });
  });

  it('many entries are refused from the entry count alone', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>', { createFolders: false });
    for (let i = 0; i < 1500; i += 1) zip.file(`word/media/image${i}.png`, 'x', { createFolders: false });
    const error = failure(await readProjectInput(await zip.generateAsync({ type: 'uint8array' }), '报告.docx'));
    expect(error).toEqual({ code: 'tooLarge', message: '文件“报告.docx”包含 1501 个压缩条目，上限为 1000 个；自评表和评价报告通常只有几十个' });
  });

  it('a part within the size limit but compressed past the ratio limit is refused', async () => {
    const bomb = await docxOf(1, { 'word/media/image1.png': '0'.repeat(8 * MB) });
    const error = failure(await readProjectInput(bomb, 'r.docx'));
    expect(error.code).toBe('tooLarge');
    expect(error.message).toMatch(/^文件“r\.docx”中的“word\/media\/image1\.png”压缩比异常（\d+ 倍，上限为 400 倍），疑似压缩炸弹/);
  });

  it('many small parts, each under the ratio floor, are refused by the package ratio', async () => {
    const parts = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`word/media/p${i}.xml`, '0'.repeat(900 * 1024)]));
    const error = failure(await readProjectInput(await docxOf(1, parts), 'r.docx'));
    expect(error.code).toBe('tooLarge');
    expect(error.message).toMatch(/^文件“r\.docx”压缩比异常（\d+ 倍，上限为 400 倍）/);
  });

  it('the total of the parts is limited as well as each part', async () => {
    // Incompressible parts stored as they are: images in a report, under every ratio.
    const zip = new JSZip();
    for (let i = 0; i < 5; i += 1) zip.file(`word/media/image${i}.png`, randomBytes(MB), { createFolders: false });
    const images = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
    await expect(inspectPackage(images, 'r.docx', { ...PACKAGE_LIMITS, maxTotalBytes: 4 * MB })).rejects.toThrow('文件“r.docx”解压后过大（5.0 MB），上限为 4.0 MB');
    expect(await inspectPackage(images, 'r.docx')).toHaveProperty('size', 5);
  });

  it('encrypted parts, duplicate part names and names escaping the package are refused', async () => {
    const plain = await docxOf(10);
    const encrypted = patchHeaders(plain, 'word/document.xml', (view, at, kind) => {
      const flag = at + (kind === 'central' ? 8 : 6);
      view.setUint16(flag, view.getUint16(flag, true) | 1, true);
    });
    expect(failure(await readProjectInput(encrypted, 'r.docx'))).toEqual({
      code: 'unsupportedType',
      message: '文件“r.docx”的内容已加密：请在 Office 或 WPS 中取消密码保护后另存，再上传',
    });
    const duplicate = await docxOf(10, { 'word/Document.xml': '<w:document/>' });
    expect(failure(await readProjectInput(duplicate, 'r.docx'))).toEqual({ code: 'corrupt', message: '文件“r.docx”已损坏：压缩包中有重名的部件“word/Document.xml”' });
    const escaping = await docxOf(10, { '../../etc/cron.d/x': 'x' });
    expect(failure(await readProjectInput(escaping, 'r.docx'))).toEqual({ code: 'corrupt', message: '文件“r.docx”已损坏：压缩包中的部件名“../../etc/cron.d/x”不合法' });
  });

  it('a part altered after zipping fails its CRC', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document>报告正文</w:document>');
    const stored = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
    const at = Buffer.from(stored).indexOf('报告正文');
    stored[at] = 0x41;
    expect(failure(await readProjectInput(stored, 'r.docx'))).toEqual({
      code: 'corrupt',
      message: '文件“r.docx”已损坏：其中的“word/document.xml”校验失败（上传是否中断？请重新保存后再上传）',
    });
  });

  it('a long real report passes, answering its part names; the limits are parameters', async () => {
    const zip = new JSZip();
    // ≈ 2 MB of document.xml: numbered paragraphs compress like real prose, not like a bomb.
    const paragraphs = Array.from({ length: 20_000 }, (_, i) => `<w:p><w:r><w:t>第${i}条：项目资金${i * 37 % 9973}万元，完成率${i % 100}%。</w:t></w:r></w:p>`);
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', `<w:document><w:body>${paragraphs.join('')}</w:body></w:document>`, { createFolders: false });
    const report = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(await inspectPackage(report, 'r.docx')).toEqual(new Set(['[Content_Types].xml', 'word/document.xml']));
    await expect(inspectPackage(report, 'r.docx', { ...PACKAGE_LIMITS, maxEntryBytes: MB })).rejects.toThrow(/单个部件上限为 1\.0 MB/);
  });
});
