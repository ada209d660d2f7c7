import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Serves the built dashboard (apps/dashboard/dist) from the API's port at `/`, with `index.html`
 * for client-side routes, so that `pnpm start` is one process and one origin. Without a build,
 * the API runs alone and says so.
 */
export async function serveDashboard(fastify: FastifyInstance, dist: string): Promise<boolean> {
  if (!existsSync(join(dist, 'index.html'))) return false;
  await fastify.register(fastifyStatic, { root: dist, prefix: '/', wildcard: false });
  // Any other GET that is not the API is a dashboard route: answer the single-page app.
  fastify.get('/*', (_request, reply) => reply.sendFile('index.html'));
  return true;
}
