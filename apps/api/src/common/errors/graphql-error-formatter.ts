import { Logger } from '@nestjs/common';
import { GraphQLError, type ExecutionResult, type FormattedExecutionResult, type GraphQLFormattedError } from 'graphql';
import { ApiErrorCode, internalError } from './api-error.js';
import { HttpOnlyErrorCode } from './http-api-error.js';
import { translateGraphQLError } from './graphql-messages.js';

type Execution = ExecutionResult & Required<Pick<ExecutionResult, 'errors'>>;

export interface FormattedResponse {
  readonly statusCode: number;
  readonly response: FormattedExecutionResult;
}

/** Fastify and mercurius errors about the HTTP request itself, before any GraphQL ran. */
const REQUEST_ERRORS: Readonly<Record<number, { readonly code: string; readonly message: string }>> = {
  405: { code: HttpOnlyErrorCode.MethodNotAllowed, message: 'GET 请求只能执行查询，修改请使用 POST' },
  413: { code: HttpOnlyErrorCode.PayloadTooLarge, message: '请求内容过大' },
  415: { code: HttpOnlyErrorCode.UnsupportedMediaType, message: '请求必须使用 Content-Type: application/json' },
};

/**
 * Mercurius' `errorFormatter`: every error leaves with a Chinese message and `extensions.code`.
 * The API's own errors pass as they are; graphql-js' parse, validation and variable errors are
 * translated (graphql-messages.ts), their suggestions shown outside production only; anything
 * else is a fault of the server: logged with its detail, answered with a generic message.
 */
export function graphqlErrorFormatter(options: { readonly production: boolean }): (execution: Execution, context: unknown) => FormattedResponse {
  const logger = new Logger('GraphQL');
  return (execution) => {
    const errors = execution.errors.flatMap((error): GraphQLFormattedError[] => {
      const request = requestError(error.originalError);
      if (request) return [{ message: request.message, extensions: { code: request.code } }];
      return unwrap(error).map((inner) => format(inner, options.production, logger));
    });
    return { statusCode: statusOf(execution), response: { data: execution.data ?? null, errors } };
  };
}

/** Mercurius wraps validation errors in one error that carries them in `errors`. */
function unwrap(error: GraphQLError): readonly GraphQLError[] {
  const inner = (error.originalError as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(inner)) return [error];
  return inner.map((item: unknown) => (item instanceof GraphQLError ? item : new GraphQLError(item instanceof Error ? item.message : String(item))));
}

function format(error: GraphQLError, production: boolean, logger: Logger): GraphQLFormattedError {
  const where = { ...(error.locations ? { locations: error.locations } : {}), ...(error.path ? { path: error.path } : {}) };
  // A resolver's error (it has a path) is the API's own, or the filter's generic one: as it is.
  const own = typeof error.extensions.code === 'string';
  if (own && error.path) return { message: error.message, ...where, extensions: error.extensions };
  // graphql-js copies a scalar's extensions onto its own English wrapper: translate those too.
  const translated = translateGraphQLError(error, { production });
  if (translated) return { message: translated.message, ...where, extensions: translated.extensions };
  if (own) return { message: error.message, ...where, extensions: error.extensions };
  logger.error(error.originalError?.stack ?? error.stack ?? error.message);
  const generic = internalError();
  return { message: generic.message, ...where, extensions: generic.extensions };
}

/**
 * The error of a malformed HTTP request (not JSON, too large, wrong method), from Fastify or
 * mercurius; not mercurius' wrapper of GraphQL validation errors, which are translated one by one.
 */
function requestError(original: Error | undefined): { code: string; message: string } | undefined {
  const { statusCode, errors } = (original ?? {}) as { statusCode?: unknown; errors?: unknown };
  if (typeof statusCode !== 'number' || statusCode < 400 || statusCode >= 500) return undefined;
  if (Array.isArray(errors) && errors.every((item) => item instanceof GraphQLError)) return undefined;
  return REQUEST_ERRORS[statusCode] ?? { code: ApiErrorCode.GraphqlParseFailed, message: '请求无效：应为 JSON 格式的 GraphQL 请求（含 query）' };
}

/**
 * As mercurius answers: 200 once anything executed; before that, the status the refusing error
 * carries (400 for parse and validation errors, 405, 413…), else 200.
 */
function statusOf(execution: Execution): number {
  if (execution.data) return 200;
  const statusCode = (execution.errors[0]?.originalError as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof statusCode === 'number' ? statusCode : 200;
}
