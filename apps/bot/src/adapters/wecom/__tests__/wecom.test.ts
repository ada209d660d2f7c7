import { describe, expect, it } from 'vitest';
import { assertFirstDelivery } from '../../../dedupe/drop-duplicate.js';
import { InMemoryDedupeStore } from '../../../dedupe/in-memory-dedupe-store.js';
import { bizMsgDecrypt, bizMsgEncrypt, bizMsgSignature } from '../../shared/biz-msg-crypto.js';
import { expectRejected } from '../../shared/__tests__/reject.js';
import { receiveWecomMessage } from '../receive-message.js';
import { renderWecomMarkdown, sealWecomPassiveReply } from '../render-reply.js';
import { answerWecomUrlCheck } from '../url-check.js';
import { parseXmlFields } from '../xml.js';

// Official WeCom sample (chat-platforms README).
const config = { token: 'QDG6eK', encodingAesKey: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C', receiveId: 'wx5823bf96d3bd56c7' };
const ECHOSTR = 'P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==';
const urlQuery = { msg_signature: '5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3', timestamp: '1409659589', nonce: '263014780', echostr: ECHOSTR };
const ENCRYPT =
  'RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==';
const msgQuery = { msg_signature: '477715d11cdb4164915debcba66cb864d751f3e6', timestamp: '1409659813', nonce: '1372623149' };
const msgBody = Buffer.from(`<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><Encrypt><![CDATA[${ENCRYPT}]]></Encrypt><AgentID><![CDATA[218]]></AgentID></xml>`);
const msgNow = 1409659813_000 + 2000;

describe('WeCom URL check', () => {
  it('answers the official sample with the decrypted echostr', () => {
    expect(answerWecomUrlCheck(config, urlQuery, 1409659589_000)).toBe('1616140317555161061');
  });

  it('rejects a wrong signature, a stale timestamp, a missing parameter and a wrong corp id', () => {
    expectRejected(() => answerWecomUrlCheck(config, { ...urlQuery, nonce: '263014781' }, 1409659589_000), 'bad-signature');
    expectRejected(() => answerWecomUrlCheck(config, urlQuery, 1409659589_000 + 6 * 60_000), 'stale-timestamp');
    expectRejected(() => answerWecomUrlCheck(config, { ...urlQuery, echostr: undefined }, 1409659589_000), 'missing-header');
    expectRejected(() => answerWecomUrlCheck({ ...config, receiveId: 'wx0000' }, urlQuery, 1409659589_000), 'bad-receive-id');
  });
});

describe('WeCom message callback', () => {
  it('decrypts the official message sample byte for byte', () => {
    expect(bizMsgDecrypt(config, ENCRYPT)).toBe(
      '<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName>\n<FromUserName><![CDATA[mycreate]]></FromUserName>\n<CreateTime>1409659813</CreateTime>\n<MsgType><![CDATA[text]]></MsgType>\n<Content><![CDATA[hello]]></Content>\n<MsgId>4561255354251345929</MsgId>\n<AgentID>218</AgentID>\n</xml>',
    );
  });

  it('verifies and parses it into a neutral 1:1 message, keeping the 64-bit MsgId exact', () => {
    const outcome = receiveWecomMessage(config, { query: msgQuery, rawBody: msgBody, nowMs: msgNow });
    expect(outcome).toMatchObject({
      kind: 'message',
      toUserName: 'wx5823bf96d3bd56c7',
      message: { platform: 'wecom', chatUserId: 'mycreate', chatId: 'mycreate', isGroup: false, messageId: '4561255354251345929', text: 'hello' },
    });
  });

  it('rejects tampered, unsigned, plaintext, stale and garbage requests', () => {
    const tampered = Buffer.from(msgBody.toString().replace('RypEvHKD', 'RypEvHKE'));
    expectRejected(() => receiveWecomMessage(config, { query: msgQuery, rawBody: tampered, nowMs: msgNow }), 'bad-signature');
    expectRejected(() => receiveWecomMessage(config, { query: {}, rawBody: Buffer.from('<<garbage'), nowMs: msgNow }), 'missing-header');
    const plaintext = Buffer.from('<xml><FromUserName>mycreate</FromUserName><MsgType>text</MsgType><Content>hi</Content></xml>');
    expectRejected(() => receiveWecomMessage(config, { query: msgQuery, rawBody: plaintext, nowMs: msgNow }), 'unencrypted');
    expectRejected(() => receiveWecomMessage(config, { query: msgQuery, rawBody: msgBody, nowMs: msgNow + 10 * 60_000 }), 'stale-timestamp');
    expectRejected(() => receiveWecomMessage(config, { query: msgQuery, rawBody: Buffer.from('<xml><Encrypt>'), nowMs: msgNow }), 'malformed-body');
    expectRejected(
      () => receiveWecomMessage({ ...config, encodingAesKey: 'kWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C' }, { query: msgQuery, rawBody: msgBody, nowMs: msgNow }),
      'bad-ciphertext',
    );
  });

  it('refuses truncated, misaligned and non-base64 ciphertexts that carry a valid signature', () => {
    for (const encrypt of [ENCRYPT.slice(0, 44), 'AAAA', `${ENCRYPT.slice(0, -2)}!=`, Buffer.alloc(48, 1).toString('base64')]) {
      const signature = bizMsgSignature(config.token, msgQuery.timestamp, msgQuery.nonce, encrypt);
      const body = Buffer.from(`<xml><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`);
      expectRejected(
        () => receiveWecomMessage(config, { query: { ...msgQuery, msg_signature: signature }, rawBody: body, nowMs: msgNow }),
        'bad-ciphertext',
      );
    }
  });

  it('drops a replayed MsgId', async () => {
    const store = new InMemoryDedupeStore(() => msgNow);
    const outcome = receiveWecomMessage(config, { query: msgQuery, rawBody: msgBody, nowMs: msgNow });
    if (outcome.kind !== 'message') throw new Error('expected a message');
    await assertFirstDelivery(store, outcome.message);
    await expect(assertFirstDelivery(store, outcome.message)).rejects.toMatchObject({ reason: 'duplicate' });
  });
});

describe('WeCom encryption', () => {
  it('is deterministic for a given random (computed vector)', () => {
    expect(bizMsgEncrypt(config, '中文 round trip', Buffer.alloc(16, 'a'))).toBe(
      '2JaQ0H0H/TuqGM/rDRTva3/8PKE5g1J8aR4FFtJj4fSV9sY5VcDK0/a6JipszzPJeazeaDugGvZcgNjMpU5bxg==',
    );
  });

  it('seals a passive reply that the callback side can verify and decrypt', () => {
    const xml = sealWecomPassiveReply(config, { title: '综治工作经费', lines: ['执行率 91.02%'] }, {
      toUser: 'mycreate',
      fromCorp: 'wx5823bf96d3bd56c7',
      nowMs: msgNow,
      nonce: 'abc',
    });
    const outer = parseXmlFields(xml);
    const encrypt = outer['Encrypt'] ?? '';
    expect(outer['MsgSignature']).toBe(bizMsgSignature(config.token, String(Math.floor(msgNow / 1000)), 'abc', encrypt));
    const inner = parseXmlFields(bizMsgDecrypt(config, encrypt));
    expect(inner).toMatchObject({ ToUserName: 'mycreate', MsgType: 'text', Content: '综治工作经费\n执行率 91.02%' });
  });

  it('keeps user text with "]]>" inside its CDATA section', () => {
    const xml = sealWecomPassiveReply(config, { title: 'a]]><x>', lines: [] }, { toUser: 'u', fromCorp: 'c', nowMs: msgNow });
    const inner = parseXmlFields(bizMsgDecrypt(config, parseXmlFields(xml)['Encrypt'] ?? ''));
    expect(inner['Content']).toBe('a]]><x>');
  });

  it('renders markdown without tables for the send API', () => {
    const payload = renderWecomMarkdown({ title: 't', lines: ['l'], table: { header: ['a', 'b'], rows: [['1', '2']] } });
    expect(payload.markdown.content).toBe('### t\nl\n**a｜b**\n- 1｜2');
  });
});
