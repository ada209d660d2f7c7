import { assertBizMsgSignature, bizMsgDecrypt, type BizMsgCryptoConfig } from '../shared/biz-msg-crypto.js';
import { requireParam, type ParamBag } from '../shared/headers.js';
import { assertWithinWindow, FIVE_MINUTES_MS } from '../shared/time-window.js';

/**
 * WeCom callback URL check (GET): verify `msg_signature` over the `echostr`, decrypt it, check the receive id
 * (corp id) and answer with the plaintext.
 */
export function answerWecomUrlCheck(config: BizMsgCryptoConfig, query: ParamBag, nowMs: number, windowMs = FIVE_MINUTES_MS): string {
  const signature = requireParam(query, 'msg_signature');
  const timestamp = requireParam(query, 'timestamp');
  const nonce = requireParam(query, 'nonce');
  const echostr = requireParam(query, 'echostr');
  assertWithinWindow(timestamp, 's', nowMs, windowMs);
  assertBizMsgSignature(config, signature, timestamp, nonce, echostr);
  return bizMsgDecrypt(config, echostr);
}
