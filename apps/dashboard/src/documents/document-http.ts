/**
 * The API's plain HTTP routes for documents (docs/decisions/0002-document-upload.md): downloads of a
 * project's 自评表 / 评价报告 and the upload preview. Same Bearer token as GraphQL; errors come as the
 * GraphQL error body (`{ errors: [{ message, extensions: { code, field, reason } }] }`) with an HTTP
 * status, and are thrown as {@link DocumentRequestError} with a Chinese message.
 */
import { NETWORK_MESSAGE, UNKNOWN_MESSAGE, httpErrorMessage } from '../graphql/api-errors';
import type { ImportPreview } from './import-preview';

export type ProjectDocumentKind = 'selfEvaluationSheet' | 'evaluationReport' | 'history';

export const DOCUMENT_PATHS: Readonly<Record<ProjectDocumentKind, string>> = {
  selfEvaluationSheet: 'self-evaluation-sheet.xlsx',
  evaluationReport: 'evaluation-report.docx',
  history: 'history.xlsx',
};

export class DocumentRequestError extends Error {
  constructor(
    message: string,
    /** HTTP status; 0 when the server was not reached. */
    readonly status: number,
    readonly code?: string,
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'DocumentRequestError';
  }
}

export interface RequestOptions {
  /** The access token; requests without one are refused by the API. */
  readonly token: string | null;
  /** '' (same origin, as served by the API) unless told otherwise. */
  readonly baseUrl?: string;
  readonly fetch?: typeof fetch;
}

function authorization(token: string | null): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

async function send(url: string, init: RequestInit, options: RequestOptions): Promise<Response> {
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, init);
  } catch {
    throw new DocumentRequestError(NETWORK_MESSAGE, 0);
  }
  if (response.ok) return response;
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // A proxy's HTML page or an empty body: the status alone says what happened.
  }
  const first = firstError(body);
  throw new DocumentRequestError(httpErrorMessage(response.status, first), response.status, first?.code, first?.reason);
}

function firstError(body: unknown): { message: string; code?: string; reason?: string } | undefined {
  const errors: unknown = typeof body === 'object' && body !== null ? Reflect.get(body, 'errors') : undefined;
  const first: unknown = Array.isArray(errors) ? errors[0] : undefined;
  if (typeof first !== 'object' || first === null) return undefined;
  const message: unknown = Reflect.get(first, 'message');
  const extensions: unknown = Reflect.get(first, 'extensions');
  const text = (key: string): string | undefined => {
    const value: unknown = typeof extensions === 'object' && extensions !== null ? Reflect.get(extensions, key) : undefined;
    return typeof value === 'string' ? value : undefined;
  };
  const code = text('code');
  const reason = text('reason');
  return { message: typeof message === 'string' ? message : '', ...(code ? { code } : {}), ...(reason ? { reason } : {}) };
}

/**
 * The file name of an `attachment` answer: RFC 5987 `filename*=UTF-8''…` (the API's Chinese
 * 项目名-自评表.xlsx), else the plain `filename="…"`, else `fallback`.
 */
export function attachmentFileName(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*([\w-]*)'[^']*'([^;]+)/i.exec(header);
  if (extended?.[2]) {
    try {
      const name = decodeURIComponent(extended[2].trim().replace(/^"|"$/g, ''));
      if (name.trim() !== '') return name;
    } catch {
      // Malformed percent-encoding: fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(header);
  const name = (plain?.[1] ?? plain?.[2] ?? '').trim();
  return name === '' ? fallback : name;
}

export interface DownloadedFile {
  readonly fileName: string;
  readonly blob: Blob;
}

/** GET /projects/:id/self-evaluation-sheet.xlsx | evaluation-report.docx | history.xlsx */
export async function fetchProjectDocument(projectId: string, kind: ProjectDocumentKind, options: RequestOptions): Promise<DownloadedFile> {
  const path = DOCUMENT_PATHS[kind];
  const response = await send(`${options.baseUrl ?? ''}/projects/${encodeURIComponent(projectId)}/${path}`, { headers: authorization(options.token) }, options);
  let blob: Blob;
  try {
    blob = await response.blob();
  } catch {
    throw new DocumentRequestError(NETWORK_MESSAGE, 0);
  }
  return { fileName: attachmentFileName(response.headers.get('content-disposition'), path), blob };
}

/** Hands a downloaded file to the browser's save dialog / downloads folder. */
export function saveFile({ fileName, blob }: DownloadedFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has handed the blob over; revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export interface PreviewFields {
  /** 地区 for reports that do not say where they are from (admins; staff use their unit's). */
  readonly regionCode?: string | null;
  readonly fiscalYear?: number | null;
}

/**
 * POST /documents/preview: multipart with the optional fields first (the API reads only those sent
 * before the file) and the file as `file`. No Content-Type header: the browser sets the boundary.
 */
export async function previewDocument(file: File, fields: PreviewFields, options: RequestOptions): Promise<ImportPreview> {
  const form = new FormData();
  if (fields.regionCode) form.append('regionCode', fields.regionCode);
  if (fields.fiscalYear != null) form.append('fiscalYear', String(fields.fiscalYear));
  form.append('file', file, file.name);
  const response = await send(`${options.baseUrl ?? ''}/documents/preview`, { method: 'POST', body: form, headers: authorization(options.token) }, options);
  try {
    return (await response.json()) as ImportPreview;
  } catch {
    throw new DocumentRequestError(UNKNOWN_MESSAGE, response.status);
  }
}
