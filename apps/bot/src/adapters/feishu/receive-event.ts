import type { IncomingMessage } from '../../messages.js';
import { assertBodySize, parseJsonObject, recordField, stringField } from '../shared/body-limit.js';
import { constantTimeEqual } from '../shared/constant-time.js';
import { requireParam, type ParamBag } from '../shared/headers.js';
import { assertWithinWindow, FIVE_MINUTES_MS } from '../shared/time-window.js';
import { WebhookRejected } from '../webhook-rejected.js';
import { feishuDecrypt } from './crypto.js';
import { parseFeishuMessage } from './parse-message.js';
import { feishuSignature } from './signature.js';

export interface FeishuConfig {
  /** Required: unencrypted events are refused, so the signature and decryption always apply. */
  readonly encryptKey: string;
  readonly verificationToken: string;
  readonly botOpenId: string;
}

export interface FeishuRequest {
  readonly headers: ParamBag;
  readonly rawBody: Buffer;
  readonly nowMs: number;
  /** Defaults to five minutes: the signed timestamp is in seconds and Feishu's retries are re-signed. */
  readonly windowMs?: number;
}

export type FeishuOutcome =
  | { readonly kind: 'challenge'; readonly challenge: string }
  /** `replyTo`: the Feishu message id the reply API answers (`/im/v1/messages/:message_id/reply`). */
  | { readonly kind: 'message'; readonly message: IncomingMessage; readonly replyTo: string }
  | { readonly kind: 'ignored'; readonly eventType: string };

const SIGNATURE_HEADERS = ['X-Lark-Request-Timestamp', 'X-Lark-Request-Nonce', 'X-Lark-Signature'] as const;

/**
 * Verifies and opens one Feishu event-subscription v2 request.
 *
 * The single exception to "no signature, no parsing" is the `url_verification` handshake, which the official
 * SDKs answer before any signature check: without the signature headers the request is still decrypted with
 * the encrypt key and must carry the verification token, and the only possible answer is the echoed challenge.
 * Every other event without the headers is refused.
 */
export function receiveFeishuEvent(config: FeishuConfig, request: FeishuRequest): FeishuOutcome {
  assertBodySize(request.rawBody);
  const signed = SIGNATURE_HEADERS.every((name) => hasParam(request.headers, name));
  if (signed) {
    const timestamp = requireParam(request.headers, 'X-Lark-Request-Timestamp');
    const nonce = requireParam(request.headers, 'X-Lark-Request-Nonce');
    const signature = requireParam(request.headers, 'X-Lark-Signature');
    assertWithinWindow(timestamp, 's', request.nowMs, request.windowMs ?? FIVE_MINUTES_MS);
    const expected = feishuSignature(timestamp, nonce, config.encryptKey, request.rawBody);
    if (!constantTimeEqual(expected, signature.toLowerCase())) throw new WebhookRejected('bad-signature');
  }
  const encrypt = stringField(parseJsonObject(request.rawBody.toString('utf8')), 'encrypt');
  if (encrypt === undefined) throw new WebhookRejected('unencrypted');
  const payload = parseJsonObject(feishuDecrypt(config.encryptKey, encrypt));
  const header = recordField(payload, 'header');
  const token = stringField(header ?? payload, 'token');
  if (token === undefined || !constantTimeEqual(config.verificationToken, token)) throw new WebhookRejected('bad-token');

  if (payload['type'] === 'url_verification') {
    const challenge = stringField(payload, 'challenge');
    if (challenge === undefined) throw new WebhookRejected('malformed-body', 'challenge');
    return { kind: 'challenge', challenge };
  }
  if (!signed) throw new WebhookRejected('missing-header', 'X-Lark-Signature');

  const eventId = header === undefined ? undefined : stringField(header, 'event_id');
  const eventType = header === undefined ? undefined : stringField(header, 'event_type');
  const event = recordField(payload, 'event');
  if (eventId === undefined || eventType === undefined || event === undefined) {
    throw new WebhookRejected('malformed-body', 'v2 header');
  }
  if (eventType !== 'im.message.receive_v1') return { kind: 'ignored', eventType };
  const message = parseFeishuMessage(event, eventId, config.botOpenId, new Date(request.nowMs));
  const replyTo = stringField(recordField(event, 'message') ?? {}, 'message_id');
  if (replyTo === undefined) throw new WebhookRejected('malformed-body', 'message_id');
  return { kind: 'message', message, replyTo };
}

function hasParam(bag: ParamBag, name: string): boolean {
  const wanted = name.toLowerCase();
  return Object.keys(bag).some((key) => key.toLowerCase() === wanted && bag[key] !== undefined);
}
