import { describe, expect, it } from 'vitest';
import { expectRejected } from '../../shared/__tests__/reject.js';
import { dingtalkSign, verifyDingtalkSignature } from '../signature.js';

// Vector from the chat-platforms README (computed).
const TIMESTAMP = '1577262236757';
const SECRET = 'this is secret';
const SIGN = 'hmPWwU+7lVdm3ZZz0r9tSfx0L4Q26jWOZr9+Gs6EZQM=';
const MINUTE = 60_000;

describe('DingTalk robot callback sign', () => {
  it('computes the README vector, also in URL-encoded form', () => {
    expect(dingtalkSign(TIMESTAMP, SECRET)).toBe(SIGN);
    expect(encodeURIComponent(dingtalkSign(TIMESTAMP, SECRET))).toBe('hmPWwU%2B7lVdm3ZZz0r9tSfx0L4Q26jWOZr9%2BGs6EZQM%3D');
  });

  it('accepts at 59 minutes and rejects at 61 minutes with the default one-hour window', () => {
    const headers = { timestamp: TIMESTAMP, sign: SIGN };
    const at = (minutes: number) => Number(TIMESTAMP) + minutes * MINUTE;
    expect(() => verifyDingtalkSignature(headers, { appSecret: SECRET, nowMs: at(59) })).not.toThrow();
    expectRejected(() => verifyDingtalkSignature(headers, { appSecret: SECRET, nowMs: at(61) }), 'stale-timestamp');
    expectRejected(() => verifyDingtalkSignature(headers, { appSecret: SECRET, nowMs: at(-61) }), 'stale-timestamp');
  });

  it('honours a shorter window but never a longer one than the platform allows', () => {
    const headers = { timestamp: TIMESTAMP, sign: SIGN };
    const nowMs = Number(TIMESTAMP) + 10 * MINUTE;
    expectRejected(() => verifyDingtalkSignature(headers, { appSecret: SECRET, nowMs, windowMs: 5 * MINUTE }), 'stale-timestamp');
    expectRejected(
      () => verifyDingtalkSignature(headers, { appSecret: SECRET, nowMs: Number(TIMESTAMP) + 61 * MINUTE, windowMs: 24 * 60 * MINUTE }),
      'stale-timestamp',
    );
  });

  it('rejects a wrong secret, a forged sign and missing or malformed headers', () => {
    const nowMs = Number(TIMESTAMP);
    expectRejected(() => verifyDingtalkSignature({ timestamp: TIMESTAMP, sign: SIGN }, { appSecret: 'other', nowMs }), 'bad-signature');
    expectRejected(() => verifyDingtalkSignature({ timestamp: TIMESTAMP, sign: 'AAAA' }, { appSecret: SECRET, nowMs }), 'bad-signature');
    expectRejected(() => verifyDingtalkSignature({ timestamp: TIMESTAMP }, { appSecret: SECRET, nowMs }), 'missing-header');
    expectRejected(() => verifyDingtalkSignature({ sign: SIGN }, { appSecret: SECRET, nowMs }), 'missing-header');
    expectRejected(() => verifyDingtalkSignature({ timestamp: '1e12', sign: SIGN }, { appSecret: SECRET, nowMs }), 'bad-header');
  });
});
