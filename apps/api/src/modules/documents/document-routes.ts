/**
 * Where the plain HTTP routes of documents live and how large an upload may be. Bootstrap reads
 * these too: the upload rules (http-hardening.ts) and the multipart limits (uploads.ts) apply to
 * the same path and size as the controller.
 */
export const DOCUMENTS_PREFIX = '/documents/';

/**
 * Largest accepted upload. Real 自评表 and reports are well under 1 MB; a Word report with a few
 * scanned pages fits in 10 MB. The file is held in memory while it is read, so this bounds memory.
 */
export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
