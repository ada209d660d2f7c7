import { ApiErrorCode, type ApiError } from './api-error.js';

/** Extra codes that only plain HTTP routes answer (before any GraphQL or Nest code runs). */
export const HttpOnlyErrorCode = {
  UnsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  MethodNotAllowed: 'METHOD_NOT_ALLOWED',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
} as const;

const STATUS: Readonly<Record<ApiErrorCode, number>> = {
  [ApiErrorCode.BadUserInput]: 400,
  [ApiErrorCode.InvalidProjectFile]: 422,
  [ApiErrorCode.Unauthenticated]: 401,
  [ApiErrorCode.UnmappedChatUser]: 403,
  [ApiErrorCode.Forbidden]: 403,
  [ApiErrorCode.NotFound]: 404,
  [ApiErrorCode.Conflict]: 409,
  [ApiErrorCode.Duplicate]: 409,
  [ApiErrorCode.RateLimited]: 429,
  [ApiErrorCode.ServerBusy]: 503,
  [ApiErrorCode.UpstreamUnavailable]: 502,
  [ApiErrorCode.QueryTooComplex]: 400,
  [ApiErrorCode.Timeout]: 503,
  [ApiErrorCode.GraphqlParseFailed]: 400,
  [ApiErrorCode.GraphqlValidationFailed]: 400,
  [ApiErrorCode.InternalServerError]: 500,
};

export interface HttpErrorBody {
  readonly errors: readonly { readonly message: string; readonly extensions: Record<string, unknown> }[];
}

/**
 * An {@link ApiError} on a plain HTTP route: the status its code implies and the body a GraphQL
 * client already knows (`errors[0].message`, `errors[0].extensions.code/field/reason/issues`), so
 * the dashboard handles both with one function.
 */
export function httpApiError(error: ApiError): { status: number; body: HttpErrorBody } {
  return { status: STATUS[error.code], body: httpErrorBody(error.message, { ...error.extensions, code: error.code }) };
}

export function httpErrorBody(message: string, extensions: Record<string, unknown>): HttpErrorBody {
  return { errors: [{ message, extensions }] };
}
