import { createHmac } from 'node:crypto';
import { constantTimeEqual } from '../shared/constant-time.js';
import { requireParam, type ParamBag } from '../shared/headers.js';
import { assertWithinWindow } from '../shared/time-window.js';
import { WebhookRejected } from '../webhook-rejected.js';

/** DingTalk accepts a robot callback timestamp up to one hour old; a configured window may only be shorter. */
export const DINGTALK_MAX_WINDOW_MS = 60 * 60 * 1000;

/** sign = base64(HMAC-SHA256(key = appSecret, message = timestamp + "\n" + appSecret)) (DingTalk robot callback). */
export function dingtalkSign(timestamp: string, appSecret: string): string {
  return createHmac('sha256', appSecret).update(`${timestamp}\n${appSecret}`, 'utf8').digest('base64');
}

export interface DingtalkSignatureOptions {
  readonly appSecret: string;
  readonly nowMs: number;
  /** Defaults to the platform's one hour; values above it are clamped, as DingTalk itself refuses older. */
  readonly windowMs?: number;
}

/**
 * Checks the `timestamp` and `sign` headers before anything reads the body. The sign does not cover the body,
 * which is why the time window matters and duplicates are dropped by `msgId` afterwards.
 */
export function verifyDingtalkSignature(headers: ParamBag, options: DingtalkSignatureOptions): void {
  const timestamp = requireParam(headers, 'timestamp');
  const sign = requireParam(headers, 'sign');
  const windowMs = Math.min(options.windowMs ?? DINGTALK_MAX_WINDOW_MS, DINGTALK_MAX_WINDOW_MS);
  assertWithinWindow(timestamp, 'ms', options.nowMs, windowMs);
  if (!constantTimeEqual(dingtalkSign(timestamp, options.appSecret), sign)) {
    throw new WebhookRejected('bad-signature');
  }
}

/**
 * The id under which a verified callback's (timestamp, sign) pair is recorded with the de-duplication records.
 * DingTalk signs every callback afresh, so a pair seen twice is a captured request replayed with another body.
 */
export function dingtalkSignatureId(headers: ParamBag): string {
  return `sign:${requireParam(headers, 'timestamp')}:${requireParam(headers, 'sign')}`;
}
