import { createHash, randomBytes } from 'node:crypto';

/** A new refresh token: 256 random bits, URL-safe. Only its hash is stored. */
export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * SHA-256 is enough here (unlike passwords): the token is 256 random bits, so there is nothing to
 * guess, and a fast hash keeps the refresh to one indexed lookup.
 */
export function refreshTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
