import { Logger } from '@nestjs/common';
import { fileURLToPath } from 'node:url';
import { loadChatSignIn, type ChatSignInConfig } from '../auth/chat-sign-in/chat-sign-in.config.js';
import { defaultReaderLimits, type DocumentReaderLimits } from '../modules/documents/document-reader-pool.js';

/** Everything the API reads from the environment, read once at start. */
export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly production: boolean;
  readonly database: DatabaseConfig;
  readonly jwtSecret: Uint8Array;
  /** Access token lifetime in seconds. */
  readonly accessTokenTtl: number;
  /** Refresh token (session) lifetime in seconds, renewed on every refresh: an idle session ends after it. */
  readonly refreshTokenTtl: number;
  /** Whether the refresh cookie is `Secure` (HTTPS only): on in production unless turned off. */
  readonly sessionCookieSecure: boolean;
  /** The bot's shared secret; outside production a development token when unset, in production the path is off. */
  readonly botServiceToken: string | undefined;
  /** Import the demo data when the database is empty; never in production (the demo password is published). */
  readonly demo: { readonly enabled: boolean; readonly projects: number };
  /** Folder of the built dashboard served at `/` when it exists. */
  readonly dashboardDist: string;
  /** Login attempts per client address per minute. */
  readonly loginRateLimit: number;
  /** Failed logins of one account before it is locked, for a time that doubles with each further failure. */
  readonly accountLockout: { readonly threshold: number; readonly baseSeconds: number; readonly maxSeconds: number };
  /** How long receiving a request (headers and body) may take; idle connections close after it too. */
  readonly requestTimeoutSeconds: number;
  /** How long one GraphQL operation may execute (execution-deadline.interceptor.ts). */
  readonly graphqlTimeoutSeconds: number;
  /** Pins today's date (YYYY-MM-DD) for monitoring; tests and demos use it. */
  readonly today: string | undefined;
  /** The worker threads that read uploaded documents: how many, their queue, deadline and heap. */
  readonly documentReaders: DocumentReaderLimits;
  /** Work-chat sign-in (DingTalk, Feishu, WeCom OAuth): the platforms with app credentials. */
  readonly chatSignIn: ChatSignInConfig;
}

export type DatabaseConfig =
  | { readonly kind: 'postgres'; readonly url: string; readonly poolSize: number }
  /** `dataDir` undefined: an in-memory database (tests). */
  | { readonly kind: 'pglite'; readonly dataDir: string | undefined };

/** The default number of synthetic demo projects (a few hundred over two fiscal years). */
export const DEFAULT_DEMO_PROJECTS = 300;

const DEV_JWT_SECRET = 'jixiao-dev-secret-do-not-use-in-production-000000';
/** Lets `pnpm bot` talk to `pnpm start` without setup; like the JWT secret, never used in production. */
const DEV_BOT_SERVICE_TOKEN = 'jixiao-dev-bot-service-token';

/** apps/api, whether running from src (vitest, tsx) or dist (node). */
export const API_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const secret = env.JWT_SECRET;
  if (!secret) {
    if (production) throw new Error('JWT_SECRET must be set when NODE_ENV=production');
    new Logger('Config').warn('JWT_SECRET is not set: using the development secret (tokens are forgeable).');
  } else if (secret.length < 32) {
    throw new Error('JWT_SECRET must be at least 32 characters (HS256 needs 256 bits of key)');
  }
  return {
    port: integer(env.PORT, 3000),
    host: env.HOST ?? '0.0.0.0',
    production,
    database: env.DATABASE_URL
      ? { kind: 'postgres', url: env.DATABASE_URL, poolSize: integer(env.DATABASE_POOL_SIZE, 10) }
      : { kind: 'pglite', dataDir: env.PGLITE_DATA_DIR ?? `${API_ROOT}data/pglite` },
    jwtSecret: new TextEncoder().encode(secret ?? DEV_JWT_SECRET),
    accessTokenTtl: integer(env.ACCESS_TOKEN_TTL_SECONDS, 15 * 60),
    refreshTokenTtl: integer(env.REFRESH_TOKEN_TTL_DAYS, 14) * 24 * 60 * 60,
    sessionCookieSecure: production ? env.SESSION_COOKIE_SECURE !== 'off' : env.SESSION_COOKIE_SECURE === 'on',
    botServiceToken: env.BOT_SERVICE_TOKEN || (production ? undefined : devBotServiceToken()),
    demo: { enabled: demoEnabled(env.DEMO_DATA, production), projects: integer(env.DEMO_PROJECTS, DEFAULT_DEMO_PROJECTS) },
    dashboardDist: env.DASHBOARD_DIST ?? `${API_ROOT}../dashboard/dist`,
    loginRateLimit: integer(env.LOGIN_RATE_LIMIT, 10),
    accountLockout: { threshold: integer(env.ACCOUNT_LOCKOUT_THRESHOLD, 5), baseSeconds: 30, maxSeconds: 60 * 60 },
    today: env.JIXIAO_TODAY || undefined,
    documentReaders: documentReaders(env),
    requestTimeoutSeconds: positive('REQUEST_TIMEOUT_SECONDS', env.REQUEST_TIMEOUT_SECONDS, 60),
    graphqlTimeoutSeconds: positive('GRAPHQL_TIMEOUT_SECONDS', env.GRAPHQL_TIMEOUT_SECONDS, 20),
    chatSignIn: loadChatSignIn(env),
  };
}

/**
 * Demo data is on by default in development and never in production: its users share a published
 * password. Asking for it in production is refused rather than ignored, so nobody believes it ran.
 */
function demoEnabled(setting: string | undefined, production: boolean): boolean {
  if (!production) return setting !== 'off';
  if (setting === 'on') throw new Error('DEMO_DATA=on is refused when NODE_ENV=production: demo users share a published password');
  return false;
}

function documentReaders(env: NodeJS.ProcessEnv): DocumentReaderLimits {
  const defaults = defaultReaderLimits();
  return {
    threads: positive('DOCUMENT_READERS', env.DOCUMENT_READERS, defaults.threads),
    maxQueue: integer(env.DOCUMENT_READ_QUEUE, defaults.maxQueue),
    timeoutMs: positive('DOCUMENT_READ_TIMEOUT_MS', env.DOCUMENT_READ_TIMEOUT_MS, defaults.timeoutMs),
    heapMb: positive('DOCUMENT_READ_HEAP_MB', env.DOCUMENT_READ_HEAP_MB, defaults.heapMb),
  };
}

function positive(name: string, text: string | undefined, fallback: number): number {
  const value = integer(text, fallback);
  if (value === 0) throw new Error(`${name} must be at least 1`);
  return value;
}

function devBotServiceToken(): string {
  new Logger('Config').warn('BOT_SERVICE_TOKEN is not set: the bot path accepts the development service token.');
  return DEV_BOT_SERVICE_TOKEN;
}

function integer(text: string | undefined, fallback: number): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`expected a non-negative integer, got "${text}"`);
  return value;
}

