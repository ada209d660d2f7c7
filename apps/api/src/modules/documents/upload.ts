import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../../common/errors/api-error.js';
import { UPLOAD_MAX_BYTES } from './document-routes.js';

/** One uploaded file and the optional form fields sent before it. */
export interface Upload {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** 地区 for reports that do not say where they are from (admins, finance: staff use their unit's). */
  readonly regionCode?: string;
  readonly fiscalYear?: string;
}

const MEGABYTE = 1024 * 1024;

/**
 * Reads the `file` part of a multipart upload into memory within the limits of bootstrap/uploads.ts,
 * turning the parser's failures into Chinese BAD_USER_INPUT errors on `file`.
 */
export async function readUpload(request: FastifyRequest): Promise<Upload> {
  let part: MultipartFile | undefined;
  let bytes: Buffer;
  try {
    part = await request.file();
    if (!part) throw ApiError.badInput('file', 'missing', '请选择要上传的文件（表单字段 file）');
    bytes = await part.toBuffer();
  } catch (error) {
    throw uploadError(error, part?.filename);
  }
  if (part.fieldname !== 'file') throw ApiError.badInput('file', 'missing', '请将文件放在表单字段 file 中上传');
  const fields = { regionCode: fieldValue(part, 'regionCode'), fiscalYear: fieldValue(part, 'fiscalYear') };
  return {
    fileName: part.filename.trim() === '' ? '上传文件' : part.filename,
    bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    ...(fields.regionCode === undefined ? {} : { regionCode: fields.regionCode }),
    ...(fields.fiscalYear === undefined ? {} : { fiscalYear: fields.fiscalYear }),
  };
}

/** A text field sent before the file (busboy hands over only those with the file part). */
function fieldValue(part: MultipartFile, name: string): string | undefined {
  const field = part.fields[name];
  const single = Array.isArray(field) ? field[0] : field;
  if (single?.type !== 'field' || typeof single.value !== 'string') return undefined;
  const value = single.value.trim();
  return value === '' ? undefined : value;
}

function uploadError(error: unknown, fileName: string | undefined): ApiError {
  if (error instanceof ApiError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const name = fileName ? `文件“${fileName}”` : '文件';
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    return ApiError.badInput('file', 'tooLarge', `${name}过大，上限为 ${UPLOAD_MAX_BYTES / MEGABYTE} MB；自评表和评价报告通常不超过 1 MB`);
  }
  if (code === 'FST_FILES_LIMIT') return ApiError.badInput('file', 'tooManyFiles', '一次只能上传一个文件');
  // A truncated or malformed multipart body: the upload broke off or the client is not a browser form.
  return ApiError.badInput('file', 'malformedUpload', '上传的内容无法读取（上传是否中断？请重新上传）');
}
