import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { stat } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';

/**
 * Serves the built dashboard (apps/dashboard/dist) from the API's port at `/`, with `index.html`
 * for client-side routes, so that `pnpm start` is one process and one origin. The folder is looked
 * at per request, not at start: a dashboard built (or rebuilt) while the API runs is served
 * without a restart, and without a build `/` answers 404 like any unknown route. Answers whether
 * a build is there now, for the start-up log.
 */
export async function serveDashboard(fastify: FastifyInstance, dist: string): Promise<boolean> {
  // serve: false — only reply.sendFile (content types, caching headers, ranges, no path escapes).
  await fastify.register(fastifyStatic, { root: dist, serve: false });
  // Any other GET that is not the API is a dashboard file or route.
  fastify.get('/*', async (request, reply) => sendDashboard(reply, dist, (request.params as { '*'?: string })['*'] ?? ''));
  return isFile(join(dist, 'index.html'));
}

async function sendDashboard(reply: FastifyReply, dist: string, wildcard: string): Promise<FastifyReply> {
  const path = safeRelative(wildcard);
  if (path !== undefined && path !== '' && (await isFile(join(dist, path)))) return reply.sendFile(path);
  // A missing asset (a name with an extension) is a 404, not the page.
  if (path === undefined || /\.[a-z0-9]+$/i.test(path) || !(await isFile(join(dist, 'index.html')))) {
    reply.callNotFound();
    return reply;
  }
  return reply.sendFile('index.html');
}

/** The URL path as a relative path inside the folder; undefined when it would leave it. */
function safeRelative(wildcard: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(wildcard);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const path = normalize(decoded).replace(/^[/\\]+/, '');
  return path === '..' || path.startsWith(`..${sep}`) ? undefined : path === '.' ? '' : path;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
