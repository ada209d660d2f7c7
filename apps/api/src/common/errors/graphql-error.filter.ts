import { Catch, Logger, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { ApiError } from './api-error.js';

/**
 * Expected errors ({@link ApiError}: bad input, no permission…) reach the client as they are,
 * without a stack trace in the log. Anything else is a bug: it is logged, and the client gets a
 * generic message rather than internals such as SQL.
 */
@Catch()
export class GraphQLErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown, _host: ArgumentsHost): GraphQLError {
    if (exception instanceof ApiError) return exception;
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return new GraphQLError('服务器内部错误，请稍后重试', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
}
