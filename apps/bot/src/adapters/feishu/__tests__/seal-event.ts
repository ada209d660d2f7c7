import { createCipheriv, createHash } from 'node:crypto';
import { feishuSignature } from '../signature.js';

/** Builds a request the way Feishu sends it: encrypted payload, signed raw body. Test-only. */
export function sealFeishuRequest(encryptKey: string, payload: unknown, timestamp: string, nonce = 'n0nce') {
  const key = createHash('sha256').update(encryptKey).digest();
  const iv = Buffer.alloc(16, 7);
  const cipher = createCipheriv('aes-256-cbc', key, iv);
  const encrypt = Buffer.concat([iv, cipher.update(JSON.stringify(payload), 'utf8'), cipher.final()]).toString('base64');
  const rawBody = Buffer.from(JSON.stringify({ encrypt }));
  return {
    rawBody,
    headers: {
      'x-lark-request-timestamp': timestamp,
      'x-lark-request-nonce': nonce,
      'x-lark-signature': feishuSignature(timestamp, nonce, encryptKey, rawBody),
    },
  };
}
