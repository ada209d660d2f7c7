import { Catch, Logger, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter, HttpAdapterHost } from '@nestjs/core';
import type { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import type { FastifyReply } from 'fastify';
import type { GraphQLError } from 'graphql';
import { storageCause } from '../../database/storage-failure.js';
import { ApiError, internalError } from './api-error.js';
import { httpApiError } from './http-api-error.js';

/**
 * For GraphQL operations: expected errors ({@link ApiError}: bad input, no permission…) reach the
 * client as they are, without a stack trace in the log. Anything else is a bug: it is logged, and
 * the client gets a generic message rather than internals such as SQL. On plain HTTP routes
 * (document uploads and downloads) an {@link ApiError} answers its status with the same `errors`
 * body; anything else there (the dashboard's files, unknown paths) keeps Nest's own handling.
 */
@Catch()
export class GraphQLErrorFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  constructor(adapterHost: HttpAdapterHost) {
    super(adapterHost.httpAdapter);
  }

  override catch(exception: unknown, host: ArgumentsHost): GraphQLError | void {
    if (host.getType<GqlContextType>() !== 'graphql') {
      if (!(exception instanceof ApiError)) return super.catch(exception, host);
      const { status, body } = httpApiError(exception);
      void host.switchToHttp().getResponse<FastifyReply>().code(status).send(body);
      return;
    }
    if (exception instanceof ApiError) return exception;
    const detail = describe(exception);
    // A full disk or read-only database is the operator's to fix: said first, in plain words.
    const storage = storageCause(exception);
    this.logger.error(storage ? `The database cannot write: ${storage}; the change was not saved.\n${detail}` : detail);
    return internalError();
  }
}

/** The error with its stack and its causes (a driver's error carries PostgreSQL's in `cause`). */
function describe(exception: unknown): string {
  if (!(exception instanceof Error)) return String(exception);
  let text = exception.stack ?? exception.message;
  for (let cause = exception.cause; cause !== undefined; cause = cause instanceof Error ? cause.cause : undefined) {
    const code = (cause as { code?: unknown }).code;
    text += `\nCaused by: ${cause instanceof Error ? cause.message : String(cause)}${typeof code === 'string' ? ` (${code})` : ''}`;
  }
  return text;
}
