import { GraphQLError } from 'graphql';

/**
 * The error codes a client can rely on (in `extensions.code`). One list for the whole API, so the
 * dashboard and the bot can map each to a message or an action.
 */
export enum ApiErrorCode {
  /** An input value is wrong; `field` names it and `reason` says why. */
  BadUserInput = 'BAD_USER_INPUT',
  /** The project file does not match the format; `issues` lists every problem. */
  InvalidProjectFile = 'INVALID_PROJECT_FILE',
  Unauthenticated = 'UNAUTHENTICATED',
  /** The chat user calling through the bot is not linked to a Jixiao user. */
  UnmappedChatUser = 'UNMAPPED_CHAT_USER',
  Forbidden = 'FORBIDDEN',
  /** Missing, or outside what the caller may read (the two are not told apart). */
  NotFound = 'NOT_FOUND',
  /** The change conflicts with the record's state (e.g. a submitted evaluation is frozen). */
  Conflict = 'CONFLICT',
  /** The import would create a second copy of a stored project; `existingProject` names it. */
  Duplicate = 'DUPLICATE',
  RateLimited = 'RATE_LIMITED',
  /** The server is at capacity for this kind of work (e.g. reading uploads); retry shortly. */
  ServerBusy = 'SERVER_BUSY',
  /** A service the API needed (a chat platform's sign-in) did not answer usefully; retry later. */
  UpstreamUnavailable = 'UPSTREAM_UNAVAILABLE',
  /** Refused before it ran: too costly, too deep, too many aliases, tokens or directives; `reason` says which. */
  QueryTooComplex = 'QUERY_TOO_COMPLEX',
  /** The operation ran past its deadline; what had not run by then was not done. */
  Timeout = 'TIMEOUT',
  /** The request is not GraphQL (a syntax error, no query, a body that is not JSON). */
  GraphqlParseFailed = 'GRAPHQL_PARSE_FAILED',
  /** The query does not fit the schema (an unknown field, a missing selection…). */
  GraphqlValidationFailed = 'GRAPHQL_VALIDATION_FAILED',
  /** A fault of the server, not of the request; the log has the detail. */
  InternalServerError = 'INTERNAL_SERVER_ERROR',
}

export interface ApiErrorDetails {
  /** The input path of the offending value, e.g. `input.payments[2].amount`. */
  readonly field?: string;
  /** A short machine-readable reason, e.g. `notADecimal`, `negative`, `tooLong`. */
  readonly reason?: string;
  readonly issues?: readonly { readonly path: string; readonly message: string }[];
  /** CONFLICT `staleVersion`: the project's version now (the write was based on an older one). */
  readonly currentVersion?: number;
  /** DUPLICATE: the stored project the import repeats. */
  readonly existingProject?: { readonly id: string; readonly name: string; readonly unitName: string; readonly fiscalYear: number };
}

/**
 * The one error type resolvers and services throw. The message is Chinese, for the user; the
 * extensions carry `code`, `field` and `reason` for programs.
 */
export class ApiError extends GraphQLError {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    details: ApiErrorDetails = {},
  ) {
    super(message, { extensions: { code, ...details } });
    this.name = 'ApiError';
  }

  static badInput(field: string, reason: string, message: string): ApiError {
    return new ApiError(ApiErrorCode.BadUserInput, message, { field, reason });
  }

  static notFound(what: string): ApiError {
    return new ApiError(ApiErrorCode.NotFound, `${what}不存在或无权访问`);
  }

  static forbidden(message = '无权执行此操作'): ApiError {
    return new ApiError(ApiErrorCode.Forbidden, message);
  }
}

/** What the client is told of a fault of the server: nothing of its internals (SQL, stacks). */
export function internalError(): ApiError {
  return new ApiError(ApiErrorCode.InternalServerError, '服务器内部错误，请稍后重试');
}
