import type { FastifyReply } from 'fastify';
import type { AppConfig } from '../config/app-config.js';
import type { SignedIn } from './auth.service.js';
import type { AuthPayload } from './models/auth-payload.model.js';
import { setRefreshCookie } from './refresh-cookie.js';

/** The GraphQL answer to a sign-in (login, refresh, a changed password), with its refresh cookie. */
export function answerSignIn(signedIn: SignedIn, reply: FastifyReply, config: AppConfig): AuthPayload {
  if (signedIn.refreshToken !== undefined) setRefreshCookie(reply, signedIn.refreshToken, config);
  return { accessToken: signedIn.token, expiresAt: signedIn.expiresAt, user: signedIn.user };
}
