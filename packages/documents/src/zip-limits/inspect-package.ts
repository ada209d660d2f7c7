import { crc32 } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { DocumentReadError } from '../document-read-error.js';
import { PACKAGE_LIMITS, type PackageLimits } from './limits.js';
import { megabytes } from '../megabytes.js';

/**
 * Checks an Office package before exceljs, mammoth or JSZip unpack it: first its central directory
 * (entry count, declared sizes, compression ratios, encrypted or duplicate parts), then every part
 * is inflated as a stream — the bytes counted and dropped, and the stream stopped at the first byte
 * over the part's declared size — because declared sizes can lie. Answers the part names. The CRC
 * of each part is checked on the way, so a truncated or altered upload is refused here too.
 */
export async function inspectPackage(bytes: Uint8Array, fileName: string, limits: PackageLimits = PACKAGE_LIMITS): Promise<ReadonlySet<string>> {
  const refuse = refusals(fileName, limits);
  let zip: ZipFile;
  try {
    // validateEntrySizes off: the size check is ours, below, and it names the part.
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: false });
  } catch {
    throw refuse.corrupt();
  }
  try {
    if (zip.entryCount > limits.maxEntries) throw refuse.tooManyEntries(zip.entryCount);
    const entries = await readDirectory(zip, refuse);
    checkDeclared(entries, bytes.byteLength, limits, refuse);
    for (const entry of entries) await inflateWithinDeclared(zip, entry, refuse);
    return new Set(entries.map((entry) => entry.fileName));
  } finally {
    zip.close();
  }
}

async function readDirectory(zip: ZipFile, refuse: Refusals): Promise<Entry[]> {
  const entries: Entry[] = [];
  const seen = new Set<string>();
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.isEncrypted()) throw refuse.encrypted();
      // OPC part names are case-insensitive: two spellings of one part would let parsers disagree on which they read.
      const key = entry.fileName.toLowerCase();
      if (seen.has(key)) throw refuse.duplicate(entry.fileName);
      seen.add(key);
      // Folders are entries too; they hold no bytes.
      if (!entry.fileName.endsWith('/')) entries.push(entry);
    }
  } catch (error) {
    if (error instanceof DocumentReadError) throw error;
    // yauzl refuses names like `../x` or `/etc/x` while reading the directory.
    const message = error instanceof Error ? error.message : '';
    if (/^(invalid relative path|absolute path|invalid characters in fileName)/.test(message)) throw refuse.unsafeName(message.replace(/^[^:]*:\s*/, ''));
    throw refuse.corrupt();
  }
  return entries;
}

function checkDeclared(entries: readonly Entry[], packageBytes: number, limits: PackageLimits, refuse: Refusals): void {
  let total = 0;
  for (const entry of entries) {
    if (entry.uncompressedSize > limits.maxEntryBytes) throw refuse.entryTooLarge(entry.fileName, entry.uncompressedSize);
    if (entry.uncompressedSize > limits.ratioFloorBytes && entry.uncompressedSize > entry.compressedSize * limits.maxRatio) {
      throw refuse.ratio(entry.fileName, entry.uncompressedSize / Math.max(entry.compressedSize, 1));
    }
    total += entry.uncompressedSize;
  }
  if (total > limits.maxTotalBytes) throw refuse.totalTooLarge(total);
  if (total > limits.ratioFloorBytes && total > packageBytes * limits.maxRatio) throw refuse.ratio(undefined, total / packageBytes);
}

/**
 * Inflates one part and drops the bytes, stopping at the first byte past its declared size: the
 * declared sizes passed the limits above, so no part, and no package, inflates past them either.
 */
async function inflateWithinDeclared(zip: ZipFile, entry: Entry, refuse: Refusals): Promise<void> {
  let stream;
  try {
    stream = await zip.openReadStreamPromise(entry);
  } catch {
    throw refuse.corrupt();
  }
  let bytes = 0;
  let crc = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.byteLength;
      if (bytes > entry.uncompressedSize) throw refuse.sizeLies(entry.fileName, entry.uncompressedSize);
      crc = crc32(chunk, crc);
    }
  } catch (error) {
    if (error instanceof DocumentReadError) throw error;
    throw refuse.corrupt();
  } finally {
    stream.destroy();
  }
  if (bytes !== entry.uncompressedSize || crc !== entry.crc32) throw refuse.corrupt(entry.fileName);
}

type Refusals = ReturnType<typeof refusals>;

/** The Chinese refusals, each naming the file (and the part when there is one) and the limit. */
function refusals(fileName: string, limits: PackageLimits) {
  const file = `文件“${fileName}”`;
  const typical = '自评表和评价报告解压后通常只有几 MB';
  return {
    corrupt: (part?: string) =>
      new DocumentReadError('corrupt', `${file}已损坏：${part ? `其中的“${part}”校验失败` : '压缩包不完整或无法解开'}（上传是否中断？请重新保存后再上传）`),
    tooManyEntries: (count: number) =>
      new DocumentReadError('tooLarge', `${file}包含 ${count} 个压缩条目，上限为 ${limits.maxEntries} 个；自评表和评价报告通常只有几十个`),
    entryTooLarge: (part: string, size: number) =>
      new DocumentReadError('tooLarge', `${file}解压后过大：其中的“${part}”有 ${megabytes(size)}，单个部件上限为 ${megabytes(limits.maxEntryBytes)}；${typical}`),
    totalTooLarge: (size: number) =>
      new DocumentReadError('tooLarge', `${file}解压后过大（${megabytes(size)}），上限为 ${megabytes(limits.maxTotalBytes)}；${typical}`),
    ratio: (part: string | undefined, ratio: number) =>
      new DocumentReadError(
        'tooLarge',
        `${file}${part ? `中的“${part}”` : ''}压缩比异常（${Math.round(ratio)} 倍，上限为 ${limits.maxRatio} 倍），疑似压缩炸弹，已拒绝读取`,
      ),
    sizeLies: (part: string, declared: number) =>
      new DocumentReadError('corrupt', `${file}已损坏：其中的“${part}”解压后超过压缩包目录中声明的 ${declared} 字节（文件可能被篡改）`),
    encrypted: () => new DocumentReadError('unsupportedType', `${file}的内容已加密：请在 Office 或 WPS 中取消密码保护后另存，再上传`),
    duplicate: (part: string) => new DocumentReadError('corrupt', `${file}已损坏：压缩包中有重名的部件“${part}”`),
    unsafeName: (part: string) => new DocumentReadError('corrupt', `${file}已损坏：压缩包中的部件名“${part}”不合法`),
  };
}
