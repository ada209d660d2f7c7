import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebhookRejected } from '../adapters/webhook-rejected.js';
import { readRawBody } from './read-body.js';
import { rejectStatus } from './reject-status.js';
import { dingtalkRoute } from './routes/dingtalk-route.js';
import { feishuRoute } from './routes/feishu-route.js';
import { JSON_TYPE, TEXT_TYPE, type RouteDeps, type RouteRequest, type RouteResult } from './routes/route.js';
import { wecomRoute } from './routes/wecom-route.js';
import type { AdapterConfig } from './server-config.js';

export interface BotServerOptions extends RouteDeps {
  readonly adapters: AdapterConfig;
  readonly now?: () => number;
}

export interface BotServer {
  readonly server: Server;
  /** Listens and answers the base URL, e.g. http://127.0.0.1:3100. */
  listen(port: number, host: string): Promise<string>;
  /** Resolves when every answer started so far has been sent (tests, benchmark, graceful shutdown). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

type Route = (request: RouteRequest) => Promise<RouteResult>;

/**
 * The webhook server: POST /dingtalk, POST /feishu, GET|POST /wecom and GET /healthz. A platform whose adapter
 * is not configured has no route (404). Each request is verified from its raw body before anything else, and the
 * platform gets its answer before the conversation runs.
 */
export function createBotServer(options: BotServerOptions): BotServer {
  const now = options.now ?? Date.now;
  const routes = buildRoutes(options);
  const pending = new Set<Promise<void>>();

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      options.logError('handling a webhook request', error);
      if (!res.headersSent) send(res, { status: 500, contentType: TEXT_TYPE, body: '' });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://bot.invalid');
    const method = req.method ?? 'GET';
    if (url.pathname === '/healthz' && method === 'GET') {
      send(res, { status: 200, contentType: JSON_TYPE, body: JSON.stringify({ status: 'ok', adapters: enabledAdapters(options.adapters) }) });
      return;
    }
    const route = routes.get(`${method} ${url.pathname}`);
    if (route === undefined) {
      req.resume();
      send(res, { status: 404, contentType: TEXT_TYPE, body: '' });
      return;
    }
    let result: RouteResult;
    try {
      const rawBody = await readRawBody(req);
      result = await route({ method, query: Object.fromEntries(url.searchParams), headers: req.headers, rawBody, nowMs: now() });
    } catch (error) {
      if (!(error instanceof WebhookRejected)) throw error;
      // A refused request is answered and forgotten: no parsing, no conversation, no reply.
      if (error.reason === 'body-too-large') res.setHeader('connection', 'close');
      send(res, { status: rejectStatus(error.reason), contentType: TEXT_TYPE, body: '' });
      return;
    }
    send(res, result);
    if (result.after !== undefined) {
      const work = result.after();
      pending.add(work);
      void work.finally(() => pending.delete(work));
    }
  }

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address() as AddressInfo;
          resolve(`http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`);
        });
      }),
    idle: async () => {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}

function buildRoutes(options: BotServerOptions): Map<string, Route> {
  const routes = new Map<string, Route>();
  const { dingtalk, feishu, wecom } = options.adapters;
  if (dingtalk !== null) routes.set('POST /dingtalk', (request) => dingtalkRoute(dingtalk, options, request));
  if (feishu !== null) routes.set('POST /feishu', (request) => feishuRoute(feishu, options, request));
  if (wecom !== null) {
    const route: Route = (request) => wecomRoute(wecom, options, request);
    routes.set('GET /wecom', route);
    routes.set('POST /wecom', route);
  }
  return routes;
}

export function enabledAdapters(adapters: AdapterConfig): string[] {
  return Object.entries(adapters)
    .filter(([, config]) => config !== null)
    .map(([name]) => name);
}

function send(res: ServerResponse, result: Pick<RouteResult, 'status' | 'contentType' | 'body'>): void {
  res.writeHead(result.status, { 'content-type': result.contentType, 'content-length': Buffer.byteLength(result.body) });
  res.end(result.body);
}
