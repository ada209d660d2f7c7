import { describe, expect, it } from 'vitest';
import { bizMsgDecrypt, bizMsgSignature } from '../../shared/biz-msg-crypto.js';
import { expectRejected } from '../../shared/__tests__/reject.js';
import { openDingtalkEvent, sealDingtalkEventReply } from '../event-crypto.js';

// Official DingTalk event-subscription sample (chat-platforms README).
const config = { token: '123456', encodingAesKey: '4g5j64qlyl3zvetqxz5jiocdr586fn2zvjpa8zls3ij', receiveId: 'suite4xxxxxxxxxxxxxxx' };
const ENCRYPT =
  '1a3NBxmCFwkCJvfoQ7WhJHB+iX3qHPsc9JbaDznE1i03peOk1LaOQoRz3+nlyGNhwmwJ3vDMG+OzrHMeiZI7gTRWVdUBmfxjZ8Ej23JVYa9VrYeJ5as7XM/ZpulX8NEQis44w53h1qAgnC3PRzM7Zc/D6Ibr0rgUathB6zRHP8PYrfgnNOS9PhSBdHlegK+AGGanfwjXuQ9+0pZcy0w9lQ==';
const query = { signature: '5a65ceeef9aab2d149439f82dc191dd6c5cbe2c0', timestamp: '1445827045067', nonce: 'nEXhMP4r' };
const body = Buffer.from(JSON.stringify({ encrypt: ENCRYPT }));
const nowMs = 1445827045067 + 1000;

describe('DingTalk event subscription', () => {
  it('verifies and decrypts the official sample', () => {
    expect(openDingtalkEvent(config, { query, rawBody: body, nowMs })).toEqual({
      EventType: 'check_create_suite_url',
      Random: 'LPIdSnlF',
      TestSuiteKey: 'suite4xxxxxxxxxxxxxxx',
    });
  });

  it('rejects a tampered ciphertext, a wrong token, a stale timestamp and a wrong receive id', () => {
    const tampered = Buffer.from(JSON.stringify({ encrypt: `A${ENCRYPT.slice(1)}` }));
    expectRejected(() => openDingtalkEvent(config, { query, rawBody: tampered, nowMs }), 'bad-signature');
    expectRejected(() => openDingtalkEvent({ ...config, token: 'x' }, { query, rawBody: body, nowMs }), 'bad-signature');
    expectRejected(() => openDingtalkEvent(config, { query, rawBody: body, nowMs: nowMs + 6 * 60_000 }), 'stale-timestamp');
    expectRejected(() => openDingtalkEvent({ ...config, receiveId: 'suite5' }, { query, rawBody: body, nowMs }), 'bad-receive-id');
    expectRejected(() => openDingtalkEvent(config, { query: { ...query, signature: undefined }, rawBody: body, nowMs }), 'missing-header');
    expectRejected(() => openDingtalkEvent(config, { query, rawBody: Buffer.from('{"plain":1}'), nowMs }), 'unencrypted');
  });

  it('seals the "success" answer so that it verifies and decrypts', () => {
    const sealed = sealDingtalkEventReply(config, nowMs);
    expect(sealed.msg_signature).toBe(bizMsgSignature(config.token, sealed.timeStamp, sealed.nonce, sealed.encrypt));
    expect(bizMsgDecrypt(config, sealed.encrypt)).toBe('success');
  });
});
