import { WebhookRejected } from '../webhook-rejected.js';

const STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Decodes canonical base64 only. Node's decoder silently skips invalid characters, which would let a
 * mangled ciphertext reach the cipher; here it is refused up front.
 */
export function decodeStrictBase64(text: string): Buffer {
  if (!STRICT_BASE64.test(text)) throw new WebhookRejected('bad-ciphertext', 'base64');
  return Buffer.from(text, 'base64');
}
