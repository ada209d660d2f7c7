import { Inject, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError, ApiErrorCode } from '../common/errors/api-error.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

type Limiter = ReturnType<FastifyInstance['createRateLimit']>;

/**
 * Login attempts per client address, counted by @fastify/rate-limit (registered in
 * bootstrap/http-hardening.ts). Every operation shares the /graphql route, so the limit is
 * applied here, to the login mutation only, rather than as a route hook.
 */
@Injectable()
export class LoginRateLimiter {
  private limiter: Limiter | undefined;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(req: FastifyRequest): Promise<void> {
    this.limiter ??= (this.adapterHost.httpAdapter.getInstance() as FastifyInstance).createRateLimit({
      max: this.config.loginRateLimit,
      timeWindow: 60_000,
    });
    const verdict = await this.limiter(req);
    // `isAllowed` only means “exempt” (allow-listed); a counted request is refused once exceeded.
    if (!verdict.isAllowed && verdict.isExceeded) {
      throw new ApiError(ApiErrorCode.RateLimited, `登录尝试过于频繁，请在 ${verdict.ttlInSeconds} 秒后重试`, {
        reason: 'tooManyLoginAttempts',
      });
    }
  }
}
