import { describe, expect, it } from 'vitest';
import { expectRejected } from '../../shared/__tests__/reject.js';
import { feishuDecrypt } from '../crypto.js';
import { feishuCustomBotSign, feishuSignature } from '../signature.js';

const ENCRYPT = 'P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk=';

describe('Feishu crypto', () => {
  it('decrypts the official vector', () => {
    expect(feishuDecrypt('test key', ENCRYPT)).toBe('hello world');
  });

  it('fails the padding check with any other key', () => {
    for (const key of ['test key ', 'Test key', 'wrong', '']) expectRejected(() => feishuDecrypt(key, ENCRYPT), 'bad-ciphertext');
  });

  it('refuses bad base64, truncated and misaligned ciphertexts without crashing', () => {
    expectRejected(() => feishuDecrypt('test key', 'not base64!'), 'bad-ciphertext');
    expectRejected(() => feishuDecrypt('test key', ENCRYPT.slice(0, 24)), 'bad-ciphertext');
    expectRejected(() => feishuDecrypt('test key', Buffer.alloc(40).toString('base64')), 'bad-ciphertext');
    expectRejected(() => feishuDecrypt('test key', ''), 'bad-ciphertext');
  });

  it('computes the signature vector over the raw body', () => {
    const body = Buffer.from(`{"encrypt":"${ENCRYPT}"}`);
    expect(feishuSignature('1700000000', 'abc123', 'test key', body)).toBe('69c61fa99760d59824d588297c0036194769fb54331682c9cbcd93e85b9a8aad');
    expect(feishuSignature('1700000000', 'abc123', 'test key', Buffer.from(`{"encrypt": "${ENCRYPT}"}`))).not.toBe(
      '69c61fa99760d59824d588297c0036194769fb54331682c9cbcd93e85b9a8aad',
    );
  });

  it('computes the custom group bot sign vector', () => {
    expect(feishuCustomBotSign('1599360473', 'demo')).toBe('l1N0gAcBjdwBvGm1xMjOF0XSyaLRpR7tuO5dHfhAYc8=');
  });
});
