import type { IncomingMessage } from '../../messages.js';
import { assertBodySize } from '../shared/body-limit.js';
import { assertBizMsgSignature, bizMsgDecrypt, type BizMsgCryptoConfig } from '../shared/biz-msg-crypto.js';
import { requireParam, type ParamBag } from '../shared/headers.js';
import { assertWithinWindow, FIVE_MINUTES_MS } from '../shared/time-window.js';
import { WebhookRejected } from '../webhook-rejected.js';
import { parseXmlFields } from './xml.js';

export interface WecomRequest {
  readonly query: ParamBag;
  readonly rawBody: Buffer;
  readonly nowMs: number;
  readonly windowMs?: number;
}

export type WecomOutcome =
  | { readonly kind: 'message'; readonly message: IncomingMessage; readonly toUserName: string }
  | { readonly kind: 'ignored'; readonly msgType: string };

/**
 * Verifies and opens a WeCom self-built app callback (POST). The query parameters are checked before the body
 * is read; a body without `<Encrypt>` is refused (plaintext mode would skip verification). Self-built app
 * messages are 1:1 chats, so the sender is also the chat.
 */
export function receiveWecomMessage(config: BizMsgCryptoConfig, request: WecomRequest): WecomOutcome {
  const signature = requireParam(request.query, 'msg_signature');
  const timestamp = requireParam(request.query, 'timestamp');
  const nonce = requireParam(request.query, 'nonce');
  assertWithinWindow(timestamp, 's', request.nowMs, request.windowMs ?? FIVE_MINUTES_MS);
  assertBodySize(request.rawBody);
  const encrypt = parseXmlFields(request.rawBody.toString('utf8'))['Encrypt'];
  if (encrypt === undefined || encrypt === '') throw new WebhookRejected('unencrypted');
  assertBizMsgSignature(config, signature, timestamp, nonce, encrypt);

  const fields = parseXmlFields(bizMsgDecrypt(config, encrypt));
  const msgType = fields['MsgType'] ?? '';
  if (msgType !== 'text') return { kind: 'ignored', msgType };
  const from = fields['FromUserName'];
  const msgId = fields['MsgId'];
  const to = fields['ToUserName'];
  if (from === undefined || msgId === undefined || to === undefined) throw new WebhookRejected('malformed-body', 'fields');
  return {
    kind: 'message',
    toUserName: to,
    message: {
      platform: 'wecom',
      chatUserId: from,
      chatId: from,
      isGroup: false,
      mentionedBot: false,
      isFromBot: false,
      messageId: msgId,
      text: (fields['Content'] ?? '').trim(),
      receivedAt: new Date(request.nowMs),
    },
  };
}
