import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { stat } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { constants } from 'node:zlib';

/**
 * Vite names every file under assets/ by a hash of its content: a changed file is a new URL, so a
 * browser may keep these for a year without asking again.
 */
const HASHED_ASSETS = `assets${sep}`;
const HASHED_ASSET_CACHE = { maxAge: '365d', immutable: true } as const;
/** index.html names the current assets: revalidated on every load (cheap: ETag → 304), never served stale. */
const PAGE_CACHE_CONTROL = 'no-cache';

/**
 * Serves the built dashboard (apps/dashboard/dist) from the API's port at `/`, with `index.html`
 * for client-side routes, so that `pnpm start` is one process and one origin. The folder is looked
 * at per request, not at start: a dashboard built (or rebuilt) while the API runs is served
 * without a restart, and without a build `/` answers 404 like any unknown route. Answers whether
 * a build is there now, for the start-up log.
 *
 * Transfer: the build writes brotli and gzip twins of its files (dashboard vite.config.ts), sent
 * by `Accept-Encoding` without compressing anything per request; a file without a twin is
 * compressed on the fly. Only these routes compress: GraphQL answers carry session tokens beside
 * echoed input, which compression would expose to a length side channel (BREACH).
 */
export async function serveDashboard(fastify: FastifyInstance, dist: string): Promise<boolean> {
  await fastify.register(compress, {
    global: false,
    encodings: ['br', 'gzip'],
    // Fast settings for the rare file without a precompressed twin (the build's twins use the maximum).
    brotliOptions: { params: { [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_QUALITY]: 5 } },
  });
  // serve: false — only reply.sendFile (content types, ranges, no path escapes); preCompressed: the .br/.gz twins.
  await fastify.register(fastifyStatic, { root: dist, serve: false, preCompressed: true });
  // Any other GET that is not the API is a dashboard file or route.
  fastify.get('/*', { compress: {} }, async (request, reply) => sendDashboard(reply, dist, (request.params as { '*'?: string })['*'] ?? ''));
  return isFile(join(dist, 'index.html'));
}

async function sendDashboard(reply: FastifyReply, dist: string, wildcard: string): Promise<FastifyReply> {
  const path = safeRelative(wildcard);
  if (path !== undefined && path !== '' && (await isFile(join(dist, path)))) return send(reply, path);
  // A missing asset (a name with an extension) is a 404, not the page.
  if (path === undefined || /\.[a-z0-9]+$/i.test(path) || !(await isFile(join(dist, 'index.html')))) {
    reply.callNotFound();
    return reply;
  }
  return send(reply, 'index.html');
}

function send(reply: FastifyReply, path: string): FastifyReply {
  if (path.startsWith(HASHED_ASSETS)) return reply.sendFile(path, HASHED_ASSET_CACHE);
  // The page and the files at the top (an icon, robots.txt) keep their names across builds.
  return reply.header('cache-control', PAGE_CACHE_CONTROL).sendFile(path, { cacheControl: false });
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
