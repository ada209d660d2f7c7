import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';

/** Largest request body accepted (a project file with a few thousand payments fits). */
export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

/**
 * HTTP-level protections of the GraphQL endpoint:
 * - CSRF: a POST must carry `Content-Type: application/json`, which a browser cannot send
 *   cross-site without a CORS preflight (forms can send only urlencoded, multipart or text/plain).
 *   Mercurius already refuses mutations over GET.
 * - Rate limiting: the plugin is registered without a global limit; the login mutation applies
 *   it (auth/login-rate-limiter.service.ts) because every operation shares the one route.
 */
export async function registerHttpHardening(fastify: FastifyInstance): Promise<void> {
  await fastify.register(rateLimit, { global: false });
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'POST' || !request.url.startsWith('/graphql')) return;
    const contentType = request.headers['content-type'] ?? '';
    if (!/^application\/json\s*(;|$)/i.test(contentType)) {
      await reply.code(415).send({
        errors: [{ message: '请求必须使用 Content-Type: application/json', extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }],
      });
    }
  });
}
