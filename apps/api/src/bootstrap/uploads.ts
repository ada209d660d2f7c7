import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { UPLOAD_MAX_BYTES } from '../modules/documents/document-routes.js';

/**
 * multipart/form-data for the document upload (POST /documents/preview). The limits bound the
 * parser itself: one file of at most UPLOAD_MAX_BYTES and a handful of small fields; the route's
 * CSRF and authentication rules run earlier, in http-hardening.ts, before any body is read.
 */
export async function registerUploads(fastify: FastifyInstance): Promise<void> {
  await fastify.register(multipart, {
    limits: { fileSize: UPLOAD_MAX_BYTES, files: 1, fields: 4, fieldSize: 1024, parts: 5 },
  });
}
