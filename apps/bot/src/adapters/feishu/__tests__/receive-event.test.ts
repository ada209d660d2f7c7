import { describe, expect, it } from 'vitest';
import { assertFirstDelivery } from '../../../dedupe/drop-duplicate.js';
import { InMemoryDedupeStore } from '../../../dedupe/in-memory-dedupe-store.js';
import { expectRejected } from '../../shared/__tests__/reject.js';
import { receiveFeishuEvent } from '../receive-event.js';
import { renderFeishuCard } from '../render-card.js';
import { sealFeishuRequest } from './seal-event.js';

const config = { encryptKey: 'test key', verificationToken: 'vtoken', botOpenId: 'ou_bot' };
const TS = '1700000000';
const NOW = 1_700_000_000_000;

function messageEvent(overrides: { token?: string; senderType?: string; chatType?: string; mentions?: unknown[] } = {}) {
  return {
    schema: '2.0',
    header: { event_id: 'ev-1', event_type: 'im.message.receive_v1', token: overrides.token ?? 'vtoken', create_time: '1700000000000' },
    event: {
      sender: { sender_id: { open_id: 'ou_user' }, sender_type: overrides.senderType ?? 'user' },
      message: {
        message_id: 'om_1',
        chat_id: 'oc_group',
        chat_type: overrides.chatType ?? 'group',
        message_type: 'text',
        content: JSON.stringify({ text: '@_user_1 综治经费花了多少' }),
        mentions: overrides.mentions ?? [{ key: '@_user_1', id: { open_id: 'ou_bot' }, name: '绩效助手' }],
      },
    },
  };
}

describe('receiveFeishuEvent', () => {
  it('parses a signed, encrypted group message that mentions the bot', () => {
    const outcome = receiveFeishuEvent(config, { ...sealFeishuRequest('test key', messageEvent(), TS), nowMs: NOW });
    expect(outcome).toMatchObject({
      kind: 'message',
      replyTo: 'om_1',
      message: { platform: 'feishu', chatUserId: 'ou_user', chatId: 'oc_group', isGroup: true, mentionedBot: true, isFromBot: false, messageId: 'ev-1', text: '综治经费花了多少' },
    });
  });

  it('does not count a mention of someone else, and marks app senders', () => {
    const other = receiveFeishuEvent(config, {
      ...sealFeishuRequest('test key', messageEvent({ mentions: [{ key: '@_user_1', id: { open_id: 'ou_colleague' } }] }), TS),
      nowMs: NOW,
    });
    expect(other.kind === 'message' && other.message.mentionedBot).toBe(false);
    const own = receiveFeishuEvent(config, { ...sealFeishuRequest('test key', messageEvent({ senderType: 'app' }), TS), nowMs: NOW });
    expect(own.kind === 'message' && own.message.isFromBot).toBe(true);
  });

  it('answers the url_verification challenge, even unsigned, only with the right token', () => {
    const challenge = { type: 'url_verification', token: 'vtoken', challenge: 'ch-42' };
    const signed = sealFeishuRequest('test key', challenge, TS);
    expect(receiveFeishuEvent(config, { ...signed, nowMs: NOW })).toEqual({ kind: 'challenge', challenge: 'ch-42' });
    expect(receiveFeishuEvent(config, { headers: {}, rawBody: signed.rawBody, nowMs: NOW })).toEqual({ kind: 'challenge', challenge: 'ch-42' });
    const forged = sealFeishuRequest('test key', { ...challenge, token: 'guess' }, TS);
    expectRejected(() => receiveFeishuEvent(config, { headers: {}, rawBody: forged.rawBody, nowMs: NOW }), 'bad-token');
  });

  it('rejects an event without signature headers', () => {
    const { rawBody } = sealFeishuRequest('test key', messageEvent(), TS);
    expectRejected(() => receiveFeishuEvent(config, { headers: {}, rawBody, nowMs: NOW }), 'missing-header');
  });

  it('rejects a tampered body, a wrong key, a wrong token and a stale timestamp', () => {
    const request = sealFeishuRequest('test key', messageEvent(), TS);
    const tampered = Buffer.from(request.rawBody.toString().replace('{"encrypt"', '{ "encrypt"'));
    expectRejected(() => receiveFeishuEvent(config, { headers: request.headers, rawBody: tampered, nowMs: NOW }), 'bad-signature');
    expectRejected(() => receiveFeishuEvent({ ...config, encryptKey: 'other key' }, { ...request, nowMs: NOW }), 'bad-signature');
    const wrongToken = sealFeishuRequest('test key', messageEvent({ token: 'nope' }), TS);
    expectRejected(() => receiveFeishuEvent(config, { ...wrongToken, nowMs: NOW }), 'bad-token');
    expectRejected(() => receiveFeishuEvent(config, { ...request, nowMs: NOW + 6 * 60_000 }), 'stale-timestamp');
    expect(() => receiveFeishuEvent(config, { ...request, nowMs: NOW + 4 * 60_000 })).not.toThrow();
  });

  it('rejects unencrypted, garbage and huge bodies', () => {
    const plain = sealFeishuRequest('test key', {}, TS);
    const unencryptedBody = Buffer.from(JSON.stringify(messageEvent()));
    const headers = sealFeishuRequest('test key', {}, TS).headers;
    expectRejected(() => receiveFeishuEvent(config, { headers, rawBody: unencryptedBody, nowMs: NOW }), 'bad-signature');
    expectRejected(() => receiveFeishuEvent(config, { headers: {}, rawBody: unencryptedBody, nowMs: NOW }), 'unencrypted');
    expectRejected(() => receiveFeishuEvent(config, { headers: {}, rawBody: Buffer.from('\u0000garbage'), nowMs: NOW }), 'malformed-body');
    expectRejected(() => receiveFeishuEvent(config, { headers: plain.headers, rawBody: Buffer.alloc(1_000_000, 0x61), nowMs: NOW }), 'body-too-large');
  });

  it('drops a replayed event by event_id', async () => {
    const store = new InMemoryDedupeStore(() => NOW);
    const request = sealFeishuRequest('test key', messageEvent(), TS);
    const first = receiveFeishuEvent(config, { ...request, nowMs: NOW });
    const second = receiveFeishuEvent(config, { ...request, nowMs: NOW + 1000 });
    if (first.kind !== 'message' || second.kind !== 'message') throw new Error('expected messages');
    await assertFirstDelivery(store, first.message);
    await expect(assertFirstDelivery(store, second.message)).rejects.toMatchObject({ reason: 'duplicate' });
  });

  it('ignores other event types', () => {
    const event = { ...messageEvent(), header: { event_id: 'ev-2', event_type: 'im.chat.member.bot.added_v1', token: 'vtoken' } };
    expect(receiveFeishuEvent(config, { ...sealFeishuRequest('test key', event, TS), nowMs: NOW })).toEqual({
      kind: 'ignored',
      eventType: 'im.chat.member.bot.added_v1',
    });
  });
});

describe('renderFeishuCard', () => {
  it('renders an interactive card with a table and a link button', () => {
    const payload = renderFeishuCard({
      title: '执行率低于序时进度的项目',
      lines: ['共 1 个'],
      table: { header: ['项目', '执行率'], rows: [['综治工作经费', '41.00%']] },
      link: { text: '打开看板', url: 'https://jixiao.example/' },
    });
    expect(payload.msg_type).toBe('interactive');
    const card = JSON.parse(payload.content) as { header: { title: { content: string } }; body: { elements: { tag: string; rows?: unknown }[] } };
    expect(card.header.title.content).toBe('执行率低于序时进度的项目');
    expect(card.body.elements.map((e) => e.tag)).toEqual(['markdown', 'table', 'button']);
    expect(card.body.elements[1]?.rows).toEqual([{ c0: '综治工作经费', c1: '41.00%' }]);
  });

  it('colours the header by the reply’s alert (red, orange for amber, green), blue without one', () => {
    const template = (alert?: 'red' | 'amber' | 'green') =>
      (JSON.parse(renderFeishuCard({ title: 't', lines: [], ...(alert === undefined ? {} : { alert }) }).content) as { header: { template: string } }).header.template;
    expect([template('red'), template('amber'), template('green'), template()]).toEqual(['red', 'orange', 'green', 'blue']);
  });
});
