import { Logger } from '@nestjs/common';
import { ApiError, ApiErrorCode } from '../../common/errors/api-error.js';

const log = new Logger('ChatSignIn');

/** A platform that does not answer within this is reported, not waited for. */
const TIMEOUT_MS = 8_000;

/**
 * One JSON call to a chat platform. Whatever goes wrong (network, status, not JSON) is a clear
 * Chinese error naming the platform — never the platform's raw answer, which may echo secrets.
 */
export async function platformJson(platformName: string, url: string, init: RequestInit = {}): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch {
    throw unavailable(platformName, 'unreachable');
  }
  const body = (await response.json().catch(() => undefined)) as unknown;
  if (typeof body !== 'object' || body === null) throw unavailable(platformName, `status ${response.status}`);
  // 4xx answers carry the platform's reason (an expired code); they are read by the caller.
  if (response.status >= 500) throw unavailable(platformName, `status ${response.status}`);
  return body as Record<string, unknown>;
}

/** The detail goes to the log, for the operator; the user is told what to do. */
export function unavailable(platformName: string, detail: string): ApiError {
  log.warn(`${platformName}: ${detail}`);
  return new ApiError(ApiErrorCode.UpstreamUnavailable, `${platformName}暂时无法完成登录，请稍后再试或使用密码登录`, { reason: 'chatPlatformUnavailable' });
}

/** The platform refused the code (expired, used, from another app): the user starts again. */
export function codeRefused(platformName: string): ApiError {
  return new ApiError(ApiErrorCode.Unauthenticated, `${platformName}登录已失效，请重新发起${platformName}登录`, { reason: 'chatCodeRefused' });
}

/** A platform account outside the organisation (an external contact): never a Jixiao user. */
export function notMember(platformName: string): ApiError {
  return new ApiError(ApiErrorCode.Unauthenticated, `该${platformName}账号不是本单位通讯录成员，无法登录`, { reason: 'notOrganisationMember' });
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
