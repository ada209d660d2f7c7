import { Logger, type INestApplication } from '@nestjs/common';

/** How long a stop may take: in-flight requests finish, then the database closes. */
export const SHUTDOWN_GRACE_MS = 5_000;

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * Exits promptly on SIGTERM or SIGINT, whatever the app is doing. Nest's enableShutdownHooks
 * waits for start-up to finish (seeding 100,000 demo projects takes minutes) and for close() without
 * a bound; here:
 * - during start-up the process exits at once (every write is a transaction: an interrupted first
 *   seed keeps its committed batches; `demo-data --reset` rebuilds the set);
 * - once started, `app.close()` stops accepting connections, lets in-flight requests finish, and
 *   closes the PGlite database or the PostgreSQL pool (DatabaseModule.onApplicationShutdown);
 * - after {@link SHUTDOWN_GRACE_MS}, or on a second signal, the process exits anyway.
 * Answers a function that removes the handlers (tests).
 */
export function exitOnSignals(currentApp: () => INestApplication | undefined, graceMs = SHUTDOWN_GRACE_MS): () => void {
  const logger = new Logger('Shutdown');
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    const app = currentApp();
    if (stopping || !app) {
      logger.warn(stopping ? `${signal} again: exiting now` : `${signal} during start-up: exiting now`);
      process.exit(1);
      return;
    }
    stopping = true;
    logger.log(`${signal}: closing (at most ${graceMs / 1000} s)`);
    setTimeout(() => {
      logger.error(`not closed after ${graceMs / 1000} s: exiting`);
      process.exit(1);
    }, graceMs).unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error(`closing failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  for (const signal of SIGNALS) process.on(signal, stop);
  return () => {
    for (const signal of SIGNALS) process.off(signal, stop);
  };
}
