import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DingtalkRobotClient } from '../src/adapters/dingtalk/send-robot-message.js';
import { FeishuMessageClient } from '../src/adapters/feishu/send-message.js';
import { WecomAppMessageClient } from '../src/adapters/wecom/send-app-message.js';
import { InMemoryChatStateStore } from '../src/conversation/in-memory-chat-state-store.js';
import { handleMessage, type ConversationContext } from '../src/conversation/handle-message.js';
import { GraphqlDataPort } from '../src/data/graphql-data-port.js';
import { JixiaoApi } from '../src/data/graphql/jixiao-api.js';
import type { IncomingMessage, Platform } from '../src/messages.js';
import { GraphqlDigestApi, type DigestApi } from '../src/push/digest-api.js';
import { DigestScheduler } from '../src/push/digest-scheduler.js';
import { GraphqlSubscriptionPort } from '../src/push/subscription-port.js';
import { MockPlatforms } from '../src/testing/mock-platforms.js';
import { startApiProcess, TEST_SERVICE_TOKEN, type ApiProcess } from './support/api-process.js';
import { linkChatUsers } from './support/link-chat-users.js';

/**
 * Digest push end to end (issue 12, item 4): subscriptions made in chat, stored by the real API (its own process,
 * PGlite), sent by the scheduler through the platform clients to local mock DingTalk / Feishu / WeCom servers.
 * The bot and the API are restarted between two ticks, two instances tick at once, and one dies between sending
 * and recording: every digest arrives once.
 */
const DASHBOARD = 'https://jixiao.example.gov.cn';
const DAY = 24 * 3600_000;

let dataDir: string;
let api: ApiProcess;
let client: JixiaoApi;
const mock = new MockPlatforms();
const errors: unknown[] = [];

async function startApi(): Promise<void> {
  api = await startApiProcess({ dataDir });
  client = new JixiaoApi({ url: api.url, serviceToken: TEST_SERVICE_TOKEN });
}

/** A bot instance's scheduler: its own clients (own token caches), its own name, a given clock. */
function scheduler(instance: string, at: Date, digestApi: DigestApi = new GraphqlDigestApi(client)): DigestScheduler {
  mock.nowMs = at.getTime();
  return new DigestScheduler({
    api: digestApi,
    clients: [
      new DingtalkRobotClient({ appKey: 'ding-app', appSecret: 's', robotCode: 'ding-app' }, mock.dingtalkBase),
      new FeishuMessageClient({ appId: 'cli_push', appSecret: 's' }, mock.feishuBase),
      new WecomAppMessageClient({ corpId: 'ww-corp', corpSecret: 's', agentId: '1000002' }, mock.wecomBase),
    ],
    instance,
    dashboardUrl: DASHBOARD,
    now: () => at,
    logError: (_context, error) => errors.push(error),
  });
}

function chat(platform: Platform, chatUserId: string, text: string, group?: string): Promise<string> {
  const message: IncomingMessage = {
    platform,
    chatUserId,
    chatId: group ?? `p2p-${chatUserId}`,
    isGroup: group !== undefined,
    mentionedBot: true,
    isFromBot: false,
    messageId: `m-${Math.random()}`,
    text,
    receivedAt: new Date(),
  };
  const context: ConversationContext = {
    data: new GraphqlDataPort(client, { dashboardUrl: DASHBOARD }),
    state: new InMemoryChatStateStore(),
    today: () => new Date(),
    subscriptions: new GraphqlSubscriptionPort(client),
  };
  return handleMessage(message, context).then((reply) => [reply?.title, ...(reply?.lines ?? [])].join('\n'));
}

const received = (to: string) => mock.delivered.filter((m) => m.to === to);

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'jixiao-push-e2e-'));
  await mock.start();
  await startApi();
  await linkChatUsers(api.url, { 'dingtalk:ding-zfw': 'zfw-staff', 'feishu:ou_edu': 'edu-staff', 'wecom:leader-wx': 'leader' });
});

afterAll(async () => {
  client?.stop();
  await api?.stop();
  await mock.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('digest push', () => {
  let firstDue: Date;

  it('subscriptions are made in chat: 订阅每日预警, 订阅 预警周报 in a group, 我的订阅', async () => {
    expect(await chat('dingtalk', 'ding-zfw', '订阅每日预警')).toMatch(/已为您订阅每日预警（每天 9:00），下次推送：\d{4}-\d{2}-\d{2} 09:00/);
    expect(await chat('dingtalk', 'ding-zfw', '订阅 预警周报', 'cid-zfw-group')).toMatch(/已为本群订阅预警周报（每周一 9:00）[\s\S]*群内成员都能看到/);
    expect(await chat('feishu', 'ou_edu', '订阅每日预警')).toContain('已为您订阅每日预警');
    expect(await chat('wecom', 'leader-wx', '订阅每日预警')).toContain('已为您订阅每日预警');
    const mine = await chat('dingtalk', 'ding-zfw', '我的订阅');
    expect(mine).toContain('您共有 2 项订阅');
    expect(mine).toContain('钉钉个人：每日预警');
    expect(mine).toContain('钉钉群：预警周报');
    // The console cannot receive pushes: the API's reason is the answer.
    expect(await chat('console', 'zfw-staff', '订阅每日预警')).toContain('推送平台应为 dingtalk、feishu 或 wecom');

    // Every first digest is due within a week (the weekly one on the coming Monday).
    const all = await client.query((await import('@jixiao/contract')).MySubscriptionsDocument, {}, 'dingtalk:ding-zfw');
    firstDue = new Date(Math.max(...all.mySubscriptions.map((s) => Date.parse(s.nextRunAt))) + 60_000);
  });

  it('one tick sends each due digest once, in the owner\'s scope, within each platform\'s size', async () => {
    const handled = await scheduler('bot-a', firstDue).tick();
    expect(handled).toBe(4);
    expect(errors).toEqual([]);
    expect(received('ding-zfw')).toHaveLength(1);
    expect(received('cid-zfw-group')).toHaveLength(1);
    expect(received('ou_edu')).toHaveLength(1);
    const wecom = received('leader-wx');
    expect(wecom.length).toBeGreaterThanOrEqual(1);
    for (const m of wecom) expect(Buffer.byteLength(m.text)).toBeLessThanOrEqual(2048);

    const zfw = received('ding-zfw')[0];
    expect(zfw?.title).toBe('绩效每日预警摘要');
    expect(zfw?.text).toContain('2023 年度，数据截至 2023-09-30');
    expect(zfw?.text).toMatch(/红\/黄灯预警 [1-9]\d* 个/);
    expect(zfw?.text).toContain('昌吉州党委政法委');
    expect(received('cid-zfw-group')[0]?.title).toBe('绩效预警周报');
    // 教育局 staff are told about 教育局 only.
    const edu = received('ou_edu')[0]?.text ?? '';
    expect(edu).toContain('昌吉州教育局');
    expect(edu).not.toContain('昌吉州党委政法委');
  });

  it('after a restart of the bot and the API between two ticks, nothing is sent again', async () => {
    const before = mock.delivered.length;
    const requests = mock.sendRequests;
    client.stop();
    await api.stop();
    await startApi();
    expect(await scheduler('bot-a-restarted', firstDue).tick()).toBe(0);
    expect(await scheduler('bot-b', new Date(firstDue.getTime() + 30 * 60_000)).tick()).toBe(0);
    expect(mock.delivered.length).toBe(before);
    expect(mock.sendRequests).toBe(requests);
  });

  it('two instances ticking at the same moment send each of the next day\'s digests once', async () => {
    const before = mock.delivered.length;
    const at = new Date(firstDue.getTime() + DAY);
    const [a, b] = await Promise.all([scheduler('bot-a', at).tick(), scheduler('bot-b', at).tick()]);
    // The three daily digests; the weekly one is not due again.
    expect((a ?? 0) + (b ?? 0)).toBe(3);
    const fresh = mock.delivered.slice(before);
    expect(fresh.filter((m) => m.to === 'ding-zfw')).toHaveLength(1);
    expect(fresh.filter((m) => m.to === 'ou_edu')).toHaveLength(1);
    expect(fresh.filter((m) => m.to === 'cid-zfw-group')).toHaveLength(0);
    // The alerts were reported yesterday: today's digest says none are new.
    expect(fresh.find((m) => m.to === 'ding-zfw')?.text).toMatch(/新增红\/黄灯预警 0 个/);
  });

  it('an instance that dies between sending and recording: Feishu and WeCom resend under the same key (dropped), DingTalk does not resend', async () => {
    const at = new Date(firstDue.getTime() + 2 * DAY);
    const before = mock.delivered.length;
    const real = new GraphqlDigestApi(client);
    const dying: DigestApi = { claim: (...args) => real.claim(...args), complete: () => Promise.reject(new Error('the process died')) };
    expect(await scheduler('bot-dies', at, dying).tick()).toBe(3);
    expect(mock.delivered.length - before).toBeGreaterThanOrEqual(3);
    const afterCrash = mock.delivered.length;
    const requests = mock.sendRequests;
    errors.length = 0;

    // Within the lease nobody touches them; after it, another instance takes over.
    expect(await scheduler('bot-c', new Date(at.getTime() + 5 * 60_000)).tick()).toBe(0);
    expect(await scheduler('bot-c', new Date(at.getTime() + 11 * 60_000)).tick()).toBe(3);
    expect(mock.delivered.length).toBe(afterCrash);
    // Feishu and WeCom were asked again (and dropped the repeats); DingTalk was not asked.
    expect(mock.sendRequests).toBeGreaterThanOrEqual(requests + 2);
    expect(errors).toEqual([]);
    expect(await scheduler('bot-c', new Date(at.getTime() + 30 * 60_000)).tick()).toBe(0);
  });

  it('a platform error is retried after five minutes and then delivered once', async () => {
    const at = new Date(firstDue.getTime() + 3 * DAY);
    const before = mock.delivered.length;
    mock.failNext = 1;
    expect(await scheduler('bot-a', at).tick()).toBe(3);
    expect(errors.map(String)).toEqual([expect.stringContaining('mock failure')]);
    const oneShort = mock.delivered.length - before;
    expect(await scheduler('bot-a', new Date(at.getTime() + 6 * 60_000)).tick()).toBe(1);
    const fresh = mock.delivered.slice(before);
    for (const to of ['ding-zfw', 'ou_edu']) expect(fresh.filter((m) => m.to === to), to).toHaveLength(1);
    expect(mock.delivered.length - before).toBeGreaterThan(oneShort);
  });

  it('取消订阅 in the group stops its weekly digest', async () => {
    expect(await chat('dingtalk', 'ding-zfw', '取消订阅', 'cid-zfw-group')).toContain('已取消此会话的订阅（1 项）');
    expect(await chat('dingtalk', 'ding-zfw', '我的订阅')).toContain('您共有 1 项订阅');
    const before = received('cid-zfw-group').length;
    await scheduler('bot-a', new Date(firstDue.getTime() + 7 * DAY)).tick();
    expect(received('cid-zfw-group')).toHaveLength(before);
  });
});
