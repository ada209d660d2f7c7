import { Inject, Injectable } from '@nestjs/common';
import { SignJWT, errors, jwtVerify } from 'jose';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { SessionUser } from './request-context.js';
import { isRole } from './role.js';

const ISSUER = 'jixiao';
const AUDIENCE = 'jixiao-api';

/** What a valid access token states: the user and the session it was issued for. */
export interface VerifiedToken {
  readonly user: SessionUser;
  readonly sessionId: string;
}

/**
 * Short-lived HS256 access tokens that carry everything the policy layer needs, plus the session
 * they belong to: the guard checks that session is still open (one primary-key read per request),
 * so ending it — logout, disabling, a role or password change — stops the token at once.
 */
@Injectable()
export class TokenService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async issue(user: SessionUser, sessionId: string): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date((Math.floor(Date.now() / 1000) + this.config.accessTokenTtl) * 1000);
    const token = await new SignJWT({
      username: user.username,
      name: user.displayName,
      role: user.role,
      unit: user.unitId,
      region: user.regionCode,
      sid: sessionId,
      ...(user.mustChangePassword ? { pwc: true } : {}),
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(expiresAt)
      .sign(this.config.jwtSecret);
    return { token, expiresAt };
  }

  /** The user and session a token speaks for, or undefined when it is invalid or expired. */
  async verify(token: string): Promise<VerifiedToken | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.config.jwtSecret, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
      const { sub, username, name, role, unit, region, sid, pwc } = payload;
      if (typeof sub !== 'string' || typeof username !== 'string' || typeof name !== 'string') return undefined;
      if (typeof role !== 'string' || !isRole(role)) return undefined;
      // Tokens from before sessions existed name none: they cannot be revoked, so they are refused.
      if (typeof sid !== 'string') return undefined;
      return {
        sessionId: sid,
        user: {
          id: sub,
          username,
          displayName: name,
          role,
          unitId: typeof unit === 'string' ? unit : null,
          regionCode: typeof region === 'string' ? region : null,
          mustChangePassword: pwc === true,
        },
      };
    } catch (error) {
      if (error instanceof errors.JOSEError) return undefined;
      throw error;
    }
  }
}
