import { createHash, createHmac } from 'node:crypto';

/**
 * `X-Lark-Signature` = hex(SHA-256(timestamp + nonce + encrypt_key + raw body)). The raw bytes are hashed as
 * received: re-serialised JSON would not match (chat-platforms README, rule 1).
 */
export function feishuSignature(timestamp: string, nonce: string, encryptKey: string, rawBody: Buffer): string {
  return createHash('sha256')
    .update(`${timestamp}${nonce}${encryptKey}`, 'utf8')
    .update(rawBody)
    .digest('hex');
}

/** Sign for posting to a Feishu custom group bot: base64(HMAC-SHA256(key = timestamp + "\n" + secret, "")). */
export function feishuCustomBotSign(timestamp: string, secret: string): string {
  return createHmac('sha256', `${timestamp}\n${secret}`).update('').digest('base64');
}
