import { describe, expect, it } from 'vitest';
import { InMemoryChatStateStore } from '../../conversation/in-memory-chat-state-store.js';
import { InMemoryDedupeStore } from '../../dedupe/in-memory-dedupe-store.js';
import { CapturingReplySender } from '../../testing/capturing-reply-sender.js';
import { FakeDataPort } from '../../testing/fake-data-port.js';
import { dingtalkRequest } from '../../testing/signed-requests.js';
import { WebhookRejected } from '../../adapters/webhook-rejected.js';
import { rejectStatus } from '../reject-status.js';
import { dingtalkRoute } from '../routes/dingtalk-route.js';

const NOW = Date.parse('2022-11-15T10:00:00+08:00');
const CONFIG = { appSecret: 'secret', windowMs: 5 * 60 * 1000 };

function deps() {
  return {
    dedupe: new InMemoryDedupeStore(() => NOW),
    conversation: { data: new FakeDataPort(), state: new InMemoryChatStateStore(() => NOW), today: () => new Date(NOW) },
    sender: new CapturingReplySender(),
    logError: (_context: string, error: unknown) => {
      throw error;
    },
  };
}

async function status(run: () => Promise<unknown>): Promise<number> {
  try {
    await run();
    return 200;
  } catch (error) {
    if (error instanceof WebhookRejected) return rejectStatus(error.reason);
    throw error;
  }
}

describe('POST /dingtalk: each (timestamp, sign) pair is accepted once', () => {
  it('one captured pair replayed with three other bodies within the window is refused each time (401)', async () => {
    const shared = deps();
    const genuine = dingtalkRequest({ appSecret: 'secret', staffId: 'staff-001', text: '综治工作经费执行率多少', msgId: 'msg-1', nowMs: NOW });
    const route = (headers: Record<string, string>, body: Buffer, nowMs: number) =>
      dingtalkRoute(CONFIG, shared, { method: 'POST', query: {}, headers, rawBody: body, nowMs });
    expect(await status(() => route(genuine.headers, genuine.body, NOW))).toBe(200);
    for (const [i, text] of ['帮助', '教育经费执行率多少', '综治工作经费得分'].entries()) {
      const forged = dingtalkRequest({ appSecret: 'secret', staffId: 'staff-001', text, msgId: `msg-forged-${i}`, nowMs: NOW });
      // The forged body travels under the captured headers: same timestamp, same sign.
      expect(await status(() => route(genuine.headers, forged.body, NOW + (i + 1) * 1000))).toBe(401);
    }
  });

  it('an identical redelivery is a duplicate (200, no work); a fresh pair for a new message is answered', async () => {
    const shared = deps();
    const first = dingtalkRequest({ appSecret: 'secret', staffId: 'staff-001', text: '帮助', msgId: 'msg-a', nowMs: NOW });
    const run = (request: typeof first, nowMs: number) =>
      dingtalkRoute(CONFIG, shared, { method: 'POST', query: {}, headers: request.headers, rawBody: request.body, nowMs });
    const answered = await run(first, NOW);
    expect(answered.after).toBeDefined();
    await expect(run(first, NOW + 1000)).rejects.toMatchObject({ reason: 'duplicate' });
    const next = dingtalkRequest({ appSecret: 'secret', staffId: 'staff-001', text: '帮助', msgId: 'msg-b', nowMs: NOW + 1 });
    expect((await run(next, NOW + 2000)).after).toBeDefined();
  });

  it('a pair that fails the signature check is not recorded: the genuine request with it is still answered', async () => {
    const shared = deps();
    const genuine = dingtalkRequest({ appSecret: 'secret', staffId: 'staff-001', text: '帮助', msgId: 'msg-c', nowMs: NOW });
    const wrong = dingtalkRequest({ appSecret: 'other', staffId: 'staff-001', text: '帮助', msgId: 'msg-c', nowMs: NOW });
    const run = (request: typeof genuine) =>
      dingtalkRoute(CONFIG, shared, { method: 'POST', query: {}, headers: request.headers, rawBody: request.body, nowMs: NOW });
    await expect(run(wrong)).rejects.toMatchObject({ reason: 'bad-signature' });
    expect((await run(genuine)).after).toBeDefined();
  });
});
