import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { WebhookRejected } from '../webhook-rejected.js';
import { decodeStrictBase64 } from './base64.js';
import { constantTimeEqual } from './constant-time.js';

/**
 * The callback encryption scheme shared by WeCom and DingTalk event subscriptions ("WXBizMsgCrypt"):
 * key = base64(EncodingAESKey + "="), AES-256-CBC, IV = first 16 bytes of the key, PKCS#7 padded to 32 bytes,
 * plaintext = random(16) + length (uint32 big-endian) + message + receive id.
 * See the chat-platforms README, sections WeCom and DingTalk.
 */
const BLOCK = 32;
const HEADER_BYTES = 20;

export interface BizMsgCryptoConfig {
  readonly token: string;
  readonly encodingAesKey: string;
  /** WeCom corp id, or the DingTalk suite key / app key; the decrypted trailer must equal it. */
  readonly receiveId: string;
}

/** hex(SHA-1(sort([token, timestamp, nonce, encrypt]).join(""))). */
export function bizMsgSignature(token: string, timestamp: string, nonce: string, encrypt: string): string {
  const joined = [token, timestamp, nonce, encrypt].sort().join('');
  return createHash('sha1').update(joined, 'utf8').digest('hex');
}

export function assertBizMsgSignature(
  config: BizMsgCryptoConfig,
  signature: string,
  timestamp: string,
  nonce: string,
  encrypt: string,
): void {
  const expected = bizMsgSignature(config.token, timestamp, nonce, encrypt);
  if (!constantTimeEqual(expected, signature.toLowerCase())) throw new WebhookRejected('bad-signature');
}

function aesKey(encodingAesKey: string): Buffer {
  // A 43-character key plus "=" is 32 bytes; anything else is a configuration error, not a request error.
  const key = Buffer.from(`${encodingAesKey}=`, 'base64');
  if (encodingAesKey.length !== 43 || key.length !== 32) throw new Error('EncodingAESKey must be 43 base64 characters');
  return key;
}

/** Decrypts and checks padding, length field and receive id; every failure is a `bad-ciphertext` or `bad-receive-id`. */
export function bizMsgDecrypt(config: BizMsgCryptoConfig, encrypt: string): string {
  const key = aesKey(config.encodingAesKey);
  const data = decodeStrictBase64(encrypt);
  if (data.length < BLOCK || data.length % 16 !== 0) throw new WebhookRejected('bad-ciphertext', 'length');
  const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16));
  decipher.setAutoPadding(false); // padding is to 32 bytes, which Node's PKCS#7 (16) would refuse
  const padded = Buffer.concat([decipher.update(data), decipher.final()]);
  const pad = padded[padded.length - 1] ?? 0;
  if (pad < 1 || pad > BLOCK || !padded.subarray(padded.length - pad).every((b) => b === pad)) {
    throw new WebhookRejected('bad-ciphertext', 'padding');
  }
  const plain = padded.subarray(0, padded.length - pad);
  if (plain.length < HEADER_BYTES) throw new WebhookRejected('bad-ciphertext', 'truncated');
  const length = plain.readUInt32BE(16);
  if (HEADER_BYTES + length > plain.length) throw new WebhookRejected('bad-ciphertext', 'length field');
  const message = plain.subarray(HEADER_BYTES, HEADER_BYTES + length).toString('utf8');
  const receiveId = plain.subarray(HEADER_BYTES + length).toString('utf8');
  if (!constantTimeEqual(config.receiveId, receiveId)) throw new WebhookRejected('bad-receive-id');
  return message;
}

/** Encrypts a reply; `random` is injectable so the output can be checked against the published vector. */
export function bizMsgEncrypt(config: BizMsgCryptoConfig, message: string, random: Buffer = randomBytes(16)): string {
  const key = aesKey(config.encodingAesKey);
  const body = Buffer.from(message, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const plain = Buffer.concat([random, length, body, Buffer.from(config.receiveId, 'utf8')]);
  const pad = BLOCK - (plain.length % BLOCK);
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])), cipher.final()]).toString('base64');
}
