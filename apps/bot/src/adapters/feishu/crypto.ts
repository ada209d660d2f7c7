import { createDecipheriv, createHash } from 'node:crypto';
import { decodeStrictBase64 } from '../shared/base64.js';
import { WebhookRejected } from '../webhook-rejected.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Feishu event decryption: AES-256-CBC, key = SHA-256(encrypt_key), IV = first 16 bytes of the decoded data,
 * PKCS#7 (chat-platforms README, Feishu). A wrong key fails the padding check or, rarely, yields bytes that are
 * not UTF-8; both are refused.
 */
export function feishuDecrypt(encryptKey: string, encrypt: string): string {
  const data = decodeStrictBase64(encrypt);
  if (data.length < 32 || data.length % 16 !== 0) throw new WebhookRejected('bad-ciphertext', 'length');
  const key = createHash('sha256').update(encryptKey, 'utf8').digest();
  try {
    const decipher = createDecipheriv('aes-256-cbc', key, data.subarray(0, 16));
    return strictUtf8.decode(Buffer.concat([decipher.update(data.subarray(16)), decipher.final()]));
  } catch {
    throw new WebhookRejected('bad-ciphertext', 'padding');
  }
}
