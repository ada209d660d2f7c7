import { randomBytes } from 'node:crypto';
import { assertBodySize, parseJsonObject, stringField } from '../shared/body-limit.js';
import {
  assertBizMsgSignature,
  bizMsgDecrypt,
  bizMsgEncrypt,
  bizMsgSignature,
  type BizMsgCryptoConfig,
} from '../shared/biz-msg-crypto.js';
import { requireParam, type ParamBag } from '../shared/headers.js';
import { assertWithinWindow, FIVE_MINUTES_MS } from '../shared/time-window.js';
import { WebhookRejected } from '../webhook-rejected.js';

/**
 * DingTalk event subscription over HTTP: query `signature`, `timestamp` (ms), `nonce`; body `{"encrypt": …}`
 * in the WeCom scheme. Returns the decrypted event object.
 */
export interface DingtalkEventRequest {
  readonly query: ParamBag;
  readonly rawBody: Buffer;
  readonly nowMs: number;
  readonly windowMs?: number;
}

export function openDingtalkEvent(config: BizMsgCryptoConfig, request: DingtalkEventRequest): Record<string, unknown> {
  const signature = requireParam(request.query, 'signature');
  const timestamp = requireParam(request.query, 'timestamp');
  const nonce = requireParam(request.query, 'nonce');
  assertWithinWindow(timestamp, 'ms', request.nowMs, request.windowMs ?? FIVE_MINUTES_MS);
  assertBodySize(request.rawBody);
  const encrypt = stringField(parseJsonObject(request.rawBody.toString('utf8')), 'encrypt');
  if (encrypt === undefined) throw new WebhookRejected('unencrypted');
  assertBizMsgSignature(config, signature, timestamp, nonce, encrypt);
  return parseJsonObject(bizMsgDecrypt(config, encrypt));
}

export interface DingtalkSealedReply {
  readonly msg_signature: string;
  readonly timeStamp: string;
  readonly nonce: string;
  readonly encrypt: string;
}

/** DingTalk expects the encrypted word "success" back, or it retries the event. */
export function sealDingtalkEventReply(
  config: BizMsgCryptoConfig,
  nowMs: number,
  message = 'success',
  nonce: string = randomBytes(6).toString('hex'),
): DingtalkSealedReply {
  const timeStamp = String(nowMs);
  const encrypt = bizMsgEncrypt(config, message);
  return { msg_signature: bizMsgSignature(config.token, timeStamp, nonce, encrypt), timeStamp, nonce, encrypt };
}
