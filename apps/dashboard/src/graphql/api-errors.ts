import type { ApolloError } from '@apollo/client/core';
import type { GraphQLFormattedError } from 'graphql';

/**
 * Turns what went wrong into words for the user, in Chinese. The API's own messages are already
 * Chinese and specific (`extensions.code`, `field`, `reason`, see apps/api common/errors); only
 * transport failures and the codes that call for an action get a message of ours.
 */
const CODE_MESSAGES: Readonly<Record<string, string>> = {
  UNAUTHENTICATED: '登录已失效，请重新登录',
  FORBIDDEN: '无权访问该数据',
  RATE_LIMITED: '尝试过于频繁，请稍后再试',
};

export const NETWORK_MESSAGE = '无法连接服务器，请检查网络后重试';
export const UNKNOWN_MESSAGE = '服务器出错，请稍后再试';

function codeOf(error: GraphQLFormattedError): string | undefined {
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Chinese text is what the API writes; anything else (a driver's English) is replaced. */
function isChinese(text: string): boolean {
  return /[\u4e00-\u9fff]/.test(text);
}

export function errorMessage(error: Pick<ApolloError, 'graphQLErrors' | 'networkError'> | null | undefined): string {
  if (!error) return UNKNOWN_MESSAGE;
  const [first] = error.graphQLErrors;
  if (first) {
    const code = codeOf(first);
    if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') return CODE_MESSAGES[code] ?? UNKNOWN_MESSAGE;
    if (isChinese(first.message)) return first.message;
    return (code && CODE_MESSAGES[code]) ?? UNKNOWN_MESSAGE;
  }
  return error.networkError ? NETWORK_MESSAGE : UNKNOWN_MESSAGE;
}

/**
 * Field-level validation messages keyed by the input path the API names in `extensions.field`
 * (e.g. `input.indicators[2].actual`), for showing each next to its field.
 */
export function fieldErrors(error: Pick<ApolloError, 'graphQLErrors'> | null | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const item of error?.graphQLErrors ?? []) {
    const field = item.extensions?.field;
    if (codeOf(item) === 'BAD_USER_INPUT' && typeof field === 'string') result[field] = item.message;
    const issues = item.extensions?.issues;
    if (Array.isArray(issues)) {
      for (const issue of issues as unknown[]) {
        if (isIssue(issue)) result[issue.path] = issue.message;
      }
    }
  }
  return result;
}

function isIssue(value: unknown): value is { path: string; message: string } {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'path') === 'string' && typeof Reflect.get(value, 'message') === 'string';
}

const STATUS_MESSAGES: Readonly<Record<number, string>> = {
  401: CODE_MESSAGES.UNAUTHENTICATED ?? UNKNOWN_MESSAGE,
  403: CODE_MESSAGES.FORBIDDEN ?? UNKNOWN_MESSAGE,
  404: '没有找到该项目，或无权查看',
  413: '文件过大，上限为 10 MB',
  415: '不支持的上传方式，请通过页面选择文件上传',
  429: CODE_MESSAGES.RATE_LIMITED ?? UNKNOWN_MESSAGE,
};

/**
 * The Chinese message of a failed plain-HTTP answer (document routes): the API's own message when
 * it wrote one in Chinese (its error body is GraphQL's), else one by code or status.
 */
export function httpErrorMessage(status: number, error: { readonly message: string; readonly code?: string } | undefined): string {
  if (error?.code === 'UNAUTHENTICATED') return CODE_MESSAGES.UNAUTHENTICATED ?? UNKNOWN_MESSAGE;
  if (error && isChinese(error.message)) return error.message;
  return (error?.code && CODE_MESSAGES[error.code]) ?? STATUS_MESSAGES[status] ?? UNKNOWN_MESSAGE;
}

export function isUnauthenticated(errors: readonly GraphQLFormattedError[] | undefined): boolean {
  return (errors ?? []).some((error) => codeOf(error) === 'UNAUTHENTICATED');
}
