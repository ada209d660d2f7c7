import { describe, expect, it } from 'vitest';
import { handleMessage, type ConversationContext } from '../../conversation/handle-message.js';
import { InMemoryChatStateStore } from '../../conversation/in-memory-chat-state-store.js';
import { assertFirstDelivery } from '../../dedupe/drop-duplicate.js';
import { InMemoryDedupeStore } from '../../dedupe/in-memory-dedupe-store.js';
import { FakeDataPort } from '../../testing/fake-data-port.js';
import { receiveDingtalkCallback } from '../dingtalk/receive-callback.js';
import { dingtalkText, renderDingtalkReply } from '../dingtalk/render-reply.js';
import { dingtalkSign } from '../dingtalk/signature.js';
import { receiveFeishuEvent } from '../feishu/receive-event.js';
import { renderFeishuCard } from '../feishu/render-card.js';
import { sealFeishuRequest } from '../feishu/__tests__/seal-event.js';
import { bizMsgDecrypt, bizMsgEncrypt, bizMsgSignature } from '../shared/biz-msg-crypto.js';
import { receiveWecomMessage } from '../wecom/receive-message.js';
import { sealWecomPassiveReply } from '../wecom/render-reply.js';
import { parseXmlFields } from '../wecom/xml.js';

/**
 * The path every platform request takes: verify → parse → drop duplicates → platform-free conversation →
 * platform rendering. The HTTP server only adds transport around it.
 */
const NOW = Date.parse('2022-11-15T10:00:00+08:00');

function setup() {
  const context: ConversationContext = { data: new FakeDataPort(), state: new InMemoryChatStateStore(() => NOW), today: () => new Date(NOW) };
  return { context, dedupe: new InMemoryDedupeStore(() => NOW) };
}

describe('signed platform request to rendered reply', () => {
  it('DingTalk: a signed group callback mentioning the robot gets markdown with the figure; a replay is dropped', async () => {
    const { context, dedupe } = setup();
    const body = Buffer.from(
      JSON.stringify({
        msgtype: 'text',
        text: { content: '综治工作经费执行率多少' },
        msgId: 'msg-1',
        conversationId: 'cid-1',
        conversationType: '2',
        senderId: 'u',
        senderStaffId: 'staff-001',
        chatbotUserId: 'bot',
        isInAtList: true,
      }),
    );
    const request = { headers: { timestamp: String(NOW), sign: dingtalkSign(String(NOW), 'secret') }, rawBody: body };
    const message = receiveDingtalkCallback(request, { appSecret: 'secret', nowMs: NOW });
    await assertFirstDelivery(dedupe, message);
    const reply = await handleMessage(message, context);
    expect(reply).not.toBeNull();
    if (reply === null) return;
    expect(dingtalkText(renderDingtalkReply(reply))).toContain('预算执行率 91.02%');
    const replay = receiveDingtalkCallback(request, { appSecret: 'secret', nowMs: NOW + 20_000 });
    await expect(assertFirstDelivery(dedupe, replay)).rejects.toMatchObject({ reason: 'duplicate' });
  });

  it('Feishu: an encrypted, signed event gets an interactive card', async () => {
    const { context, dedupe } = setup();
    const event = {
      schema: '2.0',
      header: { event_id: 'ev-9', event_type: 'im.message.receive_v1', token: 'vt' },
      event: {
        sender: { sender_id: { open_id: 'staff-001' }, sender_type: 'user' },
        message: { message_id: 'om', chat_id: 'oc', chat_type: 'p2p', message_type: 'text', content: JSON.stringify({ text: 'zzgzjf 得分' }) },
      },
    };
    const outcome = receiveFeishuEvent(
      { encryptKey: 'k', verificationToken: 'vt', botOpenId: 'ou_bot' },
      { ...sealFeishuRequest('k', event, String(NOW / 1000)), nowMs: NOW },
    );
    if (outcome.kind !== 'message') throw new Error(`expected a message, got ${outcome.kind}`);
    await assertFirstDelivery(dedupe, outcome.message);
    const reply = await handleMessage(outcome.message, context);
    if (reply === null) throw new Error('expected a reply');
    expect(renderFeishuCard(reply).content).toContain('总分 92.50 分，评级「优」');
  });

  it('WeCom: an encrypted message gets an encrypted passive reply; an unmapped user gets no data', async () => {
    const { context } = setup();
    const config = { token: 'QDG6eK', encodingAesKey: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C', receiveId: 'wx5823bf96d3bd56c7' };
    const ask = async (from: string, msgId: string) => {
      const inner = `<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName><CreateTime>1</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[综治工作经费执行率多少]]></Content><MsgId>${msgId}</MsgId></xml>`;
      const encrypt = bizMsgEncrypt(config, inner);
      const timestamp = String(NOW / 1000);
      const query = { msg_signature: bizMsgSignature(config.token, timestamp, 'n1', encrypt), timestamp, nonce: 'n1' };
      const outcome = receiveWecomMessage(config, { query, rawBody: Buffer.from(`<xml><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`), nowMs: NOW });
      if (outcome.kind !== 'message') throw new Error('expected a message');
      const reply = await handleMessage(outcome.message, context);
      if (reply === null) throw new Error('expected a reply');
      const xml = sealWecomPassiveReply(config, reply, { toUser: outcome.message.chatUserId, fromCorp: outcome.toUserName, nowMs: NOW });
      return parseXmlFields(bizMsgDecrypt(config, parseXmlFields(xml)['Encrypt'] ?? ''))['Content'] ?? '';
    };
    expect(await ask('staff-001', '1')).toContain('预算执行率 91.02%');
    const stranger = await ask('stranger', '2');
    expect(stranger).toContain('暂无查询权限');
    expect(stranger).not.toMatch(/91\.02|万元/);
  });
});
