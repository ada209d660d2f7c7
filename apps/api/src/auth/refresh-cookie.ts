import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config.js';

/**
 * The dashboard's refresh token travels only as this cookie: httpOnly (no script reads it),
 * SameSite=Strict (never sent from another site, so no CSRF through it), Secure in production,
 * and scoped to /graphql, where the only operations that read it are `refreshSession` and
 * `logout` (mutations, which Mercurius never runs over GET, and POSTs must be JSON:
 * bootstrap/http-hardening.ts). Access tokens stay in memory and in the Authorization header.
 */
export const REFRESH_COOKIE = 'jixiao_refresh';

function options(config: AppConfig): CookieSerializeOptions {
  return { path: '/graphql', httpOnly: true, sameSite: 'strict', secure: config.sessionCookieSecure };
}

export function setRefreshCookie(reply: FastifyReply, token: string, config: AppConfig): void {
  void reply.setCookie(REFRESH_COOKIE, token, { ...options(config), maxAge: config.refreshTokenTtl });
}

export function clearRefreshCookie(reply: FastifyReply, config: AppConfig): void {
  void reply.clearCookie(REFRESH_COOKIE, options(config));
}

export function refreshCookieOf(req: FastifyRequest): string | undefined {
  const value = req.cookies[REFRESH_COOKIE];
  return value === undefined || value === '' ? undefined : value;
}
