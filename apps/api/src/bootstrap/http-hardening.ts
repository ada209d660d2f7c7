import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpOnlyErrorCode, httpErrorBody } from '../common/errors/http-api-error.js';
import { ApiErrorCode } from '../common/errors/api-error.js';
import { DOCUMENTS_PREFIX } from '../modules/documents/document-routes.js';

/** Largest request body accepted (a project file with a few thousand payments fits). */
export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

/**
 * HTTP-level protections of the GraphQL endpoint and the document upload:
 * - CSRF: a POST must carry `Content-Type: application/json`, which a browser cannot send
 *   cross-site without a CORS preflight (forms can send only urlencoded, multipart or text/plain).
 *   Mercurius already refuses mutations over GET.
 * - Uploads (POST /documents/…, docs/decisions/0002-document-upload.md): a form can post
 *   multipart cross-site without a preflight, so the rule there is the header a form cannot send:
 *   `Authorization: Bearer …` is required, and any other content type than multipart/form-data
 *   is refused — both before the body is read.
 * - Rate limiting: the plugin is registered without a global limit; the login mutation applies
 *   it (auth/login-rate-limiter.service.ts) because every operation shares the one route.
 */
export async function registerHttpHardening(fastify: FastifyInstance): Promise<void> {
  await fastify.register(rateLimit, { global: false });
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'POST') return;
    if (request.url.startsWith('/graphql')) {
      if (!/^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '')) {
        await reply.code(415).send(httpErrorBody('请求必须使用 Content-Type: application/json', { code: HttpOnlyErrorCode.UnsupportedMediaType }));
      }
    } else if (request.url.startsWith(DOCUMENTS_PREFIX)) {
      await checkUpload(request, reply);
    }
  });
}

async function checkUpload(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (!/^multipart\/form-data\s*;/i.test(request.headers['content-type'] ?? '')) {
    await reply.code(415).send(httpErrorBody('上传文件必须使用 Content-Type: multipart/form-data', { code: HttpOnlyErrorCode.UnsupportedMediaType }));
  } else if (!/^Bearer\s+\S+$/i.test(request.headers.authorization ?? '')) {
    await reply.code(401).send(httpErrorBody('请先登录（上传需要 Authorization: Bearer 令牌）', { code: ApiErrorCode.Unauthenticated }));
  }
}
