import { describe, expect, it } from 'vitest';
import { assertFirstDelivery } from '../../../dedupe/drop-duplicate.js';
import { InMemoryDedupeStore } from '../../../dedupe/in-memory-dedupe-store.js';
import { WebhookRejected } from '../../webhook-rejected.js';
import { expectRejected } from '../../shared/__tests__/reject.js';
import { receiveDingtalkCallback } from '../receive-callback.js';
import { dingtalkText, renderDingtalkReply } from '../render-reply.js';
import { dingtalkSign } from '../signature.js';

const SECRET = 'robot secret';
const NOW = 1_700_000_000_000;

function callback(overrides: Record<string, unknown> = {}): Buffer {
  return Buffer.from(
    JSON.stringify({
      msgtype: 'text',
      text: { content: ' 综治工作经费执行率多少 ' },
      msgId: 'msgA1',
      conversationId: 'cid-group',
      conversationType: '2',
      senderId: '$:LWCP_v1:$user',
      senderStaffId: 'staff-001',
      chatbotUserId: '$:LWCP_v1:$bot',
      isInAtList: true,
      ...overrides,
    }),
  );
}

const headers = { timestamp: String(NOW), sign: dingtalkSign(String(NOW), SECRET) };

describe('receiveDingtalkCallback', () => {
  it('parses a signed group message into a neutral message', () => {
    const message = receiveDingtalkCallback({ headers, rawBody: callback() }, { appSecret: SECRET, nowMs: NOW });
    expect(message).toMatchObject({
      platform: 'dingtalk',
      chatUserId: 'staff-001',
      chatId: 'cid-group',
      isGroup: true,
      mentionedBot: true,
      isFromBot: false,
      messageId: 'msgA1',
      text: '综治工作经费执行率多少',
    });
  });

  it('marks the robot’s own messages and external senders', () => {
    const own = receiveDingtalkCallback({ headers, rawBody: callback({ senderId: '$:LWCP_v1:$bot' }) }, { appSecret: SECRET, nowMs: NOW });
    expect(own.isFromBot).toBe(true);
    const external = receiveDingtalkCallback({ headers, rawBody: callback({ senderStaffId: undefined }) }, { appSecret: SECRET, nowMs: NOW });
    expect(external.chatUserId).toBe('');
  });

  it('rejects before parsing: an unsigned request with a garbage body is a missing-header, not a JSON error', () => {
    expectRejected(() => receiveDingtalkCallback({ headers: {}, rawBody: Buffer.from('{{{') }, { appSecret: SECRET, nowMs: NOW }), 'missing-header');
  });

  it('rejects garbage, huge and incomplete bodies after a valid sign without crashing', () => {
    const options = { appSecret: SECRET, nowMs: NOW };
    expectRejected(() => receiveDingtalkCallback({ headers, rawBody: Buffer.from('{{{') }, options), 'malformed-body');
    expectRejected(() => receiveDingtalkCallback({ headers, rawBody: Buffer.from('[]') }, options), 'malformed-body');
    expectRejected(() => receiveDingtalkCallback({ headers, rawBody: callback({ msgId: undefined }) }, options), 'malformed-body');
    expectRejected(() => receiveDingtalkCallback({ headers, rawBody: Buffer.alloc(2_000_000, 0x20) }, options), 'body-too-large');
  });

  it('drops a replayed delivery by msgId', async () => {
    const store = new InMemoryDedupeStore(() => NOW);
    const first = receiveDingtalkCallback({ headers, rawBody: callback() }, { appSecret: SECRET, nowMs: NOW });
    await assertFirstDelivery(store, first);
    const replay = receiveDingtalkCallback({ headers, rawBody: callback() }, { appSecret: SECRET, nowMs: NOW + 30_000 });
    await expect(assertFirstDelivery(store, replay)).rejects.toThrow(WebhookRejected);
    await expect(assertFirstDelivery(store, replay)).rejects.toMatchObject({ reason: 'duplicate' });
  });
});

describe('renderDingtalkReply', () => {
  it('renders markdown without tables, with the dashboard link as the action card’s button', () => {
    const payload = renderDingtalkReply({
      title: '综治工作经费',
      lines: ['执行率 91.02%'],
      table: { header: ['项目', '执行率'], rows: [['综治工作经费', '91.02%']] },
      link: { text: '查看详情', url: 'https://jixiao.example/projects/1' },
    });
    expect(payload).toEqual({
      msgtype: 'actionCard',
      actionCard: {
        title: '综治工作经费',
        text: '### 综治工作经费\n\n执行率 91.02%\n\n**项目｜执行率**\n\n- 综治工作经费｜91.02%',
        singleTitle: '查看详情',
        singleURL: 'https://jixiao.example/projects/1',
      },
    });
    expect(dingtalkText(payload)).not.toContain('|');
  });

  it('renders plain markdown without a link, and numbered choices as links that send the number back', () => {
    const payload = renderDingtalkReply({ title: '您问的是哪一个？', lines: ['请回复序号 1–2'], choices: [{ label: '1. 综治工作经费', text: '1' }, { label: '2. 综治中心建设经费', text: '2' }] });
    expect(payload.msgtype).toBe('markdown');
    expect(dingtalkText(payload)).toContain('[1. 综治工作经费](dtmd://dingtalkclient/sendMessage?content=1)');
    expect(dingtalkText(payload)).toContain('[2. 综治中心建设经费](dtmd://dingtalkclient/sendMessage?content=2)');
  });
});
