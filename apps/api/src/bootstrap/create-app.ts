import cookie from '@fastify/cookie';
import { Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from '../app.module.js';
import type { AppConfig } from '../config/app-config.js';
import { serveDashboard } from './dashboard.js';
import { BODY_LIMIT_BYTES, registerHttpHardening } from './http-hardening.js';
import { registerUploads } from './uploads.js';

export interface CreateAppOptions {
  readonly logLevels?: LogLevel[];
}

/** The whole API, configured but not yet listening: used by main.ts and by the e2e tests. */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  // A client that sends slowly, or holds an idle connection, is cut off (slowloris).
  const timeout = config.requestTimeoutSeconds * 1000;
  const adapter = new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES, requestTimeout: timeout, connectionTimeout: timeout });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: options.logLevels ?? ['log', 'warn', 'error'],
  });
  const fastify = app.getHttpAdapter().getInstance();
  await registerHttpHardening(fastify);
  // The refresh token's cookie (auth/refresh-cookie.ts); unsigned: the token is its own secret.
  await fastify.register(cookie);
  await registerUploads(fastify);
  const built = await serveDashboard(fastify, config.dashboardDist);
  new Logger('Dashboard').log(built ? `serving ${config.dashboardDist} at /` : `${config.dashboardDist} is not built yet: served at / once it is`);
  await app.init();
  return app;
}
