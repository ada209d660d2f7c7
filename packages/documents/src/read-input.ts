import { loadProjectFile, projectFileSchema, type ProjectFile } from '@jixiao/core';
import { detectType, type InputSource } from './detect-type.js';
import { DocumentReadError, type DocumentReadErrorCode, type Unplaced } from './document-read-error.js';
import { docxText } from './report-text/read-report-docx.js';
import { readReportText } from './report-text/read-report-text.js';
import type { RegionInput } from './report-text/region.js';
import { importSelfEvaluationSheet } from './self-evaluation-sheet/import-sheet.js';
import { megabytes } from './megabytes.js';
import { readDocxTable, readTextDocument } from './table-reader/read-text-table.js';

/** Uploads above this are refused before any parsing: real sheets and reports are well under 1 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface ReadInputOptions {
  /** Size limit in bytes (default 20 MB). */
  readonly maxBytes?: number;
  /** 地区 for sheets and reports that do not say (昌吉回族自治州 only when they name 昌吉; else none). */
  readonly region?: RegionInput;
  readonly fiscalYear?: number;
}

export type ReadInputResult =
  | {
      readonly ok: true;
      readonly file: ProjectFile;
      readonly unplaced: readonly Unplaced[];
      /** What a table reader decided that the user should know (the sheet's own weights, repeated cells, approximations). */
      readonly notes: readonly Unplaced[];
      readonly source: InputSource;
    }
  | { readonly ok: false; readonly error: { readonly code: DocumentReadErrorCode; readonly message: string } };

/**
 * Any file a user hands Jixiao — project JSON, 自评表 .xlsx, report .txt or .docx — as a project
 * file with its claimed scores, for the CLI's `import`/`audit` and the API's upload. Never throws:
 * empty, oversized, truncated, garbage or unrecognisable input answers `{ ok: false }` with a
 * Chinese message.
 */
export async function readProjectInput(bytes: Uint8Array, fileName: string, options: ReadInputOptions = {}): Promise<ReadInputResult> {
  try {
    return await read(bytes, fileName, options);
  } catch (error) {
    if (error instanceof DocumentReadError) return { ok: false, error: { code: error.code, message: error.message } };
    // A library failing on a malformed file we let through detection: still the user's file, not our crash.
    return { ok: false, error: { code: 'corrupt', message: `文件“${fileName}”无法读取：${error instanceof Error ? error.message : String(error)}` } };
  }
}

async function read(bytes: Uint8Array, fileName: string, options: ReadInputOptions): Promise<ReadInputResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.byteLength === 0) throw new DocumentReadError('empty', `文件“${fileName}”是空的（0 字节）`);
  if (bytes.byteLength > maxBytes) {
    throw new DocumentReadError('tooLarge', `文件“${fileName}”过大（${megabytes(bytes.byteLength)}），上限为 ${megabytes(maxBytes)}；自评表和评价报告通常不超过 1 MB`);
  }
  const detected = await detectType(bytes, fileName);
  const readOptions = { ...(options.region ? { region: options.region } : {}), ...(options.fiscalYear ? { fiscalYear: options.fiscalYear } : {}) };
  switch (detected.source) {
    case 'json': {
      let json: unknown;
      try {
        json = JSON.parse(detected.text ?? '');
      } catch (error) {
        throw new DocumentReadError('corrupt', `文件“${fileName}”不是有效的 JSON：${error instanceof Error ? error.message : String(error)}`);
      }
      const loaded = loadProjectFile(json);
      if (!loaded.ok) throw new DocumentReadError('invalidProject', `项目数据文件“${fileName}”有误：${loaded.issues.map((i) => `${i.path}：${i.message}`).join('；')}`);
      return { ok: true, file: projectFileSchema.parse(json), unplaced: [], notes: [], source: 'json' };
    }
    case 'xlsx': {
      const { file, unplaced, notes } = await importSelfEvaluationSheet(bytes, readOptions);
      return { ok: true, file, unplaced, notes, source: 'xlsx' };
    }
    case 'docx': {
      // A .docx holding a 自评表 table is read by its table structure; any other is a report.
      const table = await readDocxTable(bytes, readOptions);
      if (table) return { ok: true, ...table, source: 'docx' };
      const { file, unplaced } = readReportText(await docxText(bytes), readOptions);
      return { ok: true, file, unplaced, notes: [], source: 'docx' };
    }
    case 'txt':
      return { ok: true, ...readTextDocument(detected.text ?? '', readOptions), source: 'txt' };
  }
}
