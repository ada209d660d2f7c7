import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DingtalkRobotClient } from '../../adapters/dingtalk/send-robot-message.js';
import { FeishuMessageClient } from '../../adapters/feishu/send-message.js';
import { WecomAppMessageClient } from '../../adapters/wecom/send-app-message.js';
import { MockPlatforms } from '../../testing/mock-platforms.js';
import { renderDigest, type DigestClaim } from '../render-digest.js';

const mock = new MockPlatforms();
beforeAll(() => mock.start());
afterAll(() => mock.close());

function claim(items: number, projectCount = 30): DigestClaim {
  const section = (n: number, detail: string) => ({
    __typename: 'DigestSection' as const,
    totalCount: n,
    items: Array.from({ length: Math.min(n, 10) }, (_, i) => ({
      __typename: 'DigestItem' as const,
      projectId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      projectName: `综治工作经费（二期）第${i + 1}号项目`,
      unitName: '昌吉州党委政法委',
      fiscalYear: 2026,
      colour: i % 2 === 0 ? ('red' as const) : ('amber' as const),
      detail,
    })),
  });
  return {
    __typename: 'DigestClaim',
    deliveryId: '11111111-1111-4111-8111-111111111111',
    subscriptionId: '22222222-2222-4222-8222-222222222222',
    platform: 'wecom',
    target: 'user',
    conversationId: 'u',
    frequency: 'daily',
    dueAt: '2026-12-04T01:00:00.000Z',
    attempt: 1,
    possiblySent: false,
    content: {
      __typename: 'DigestContent',
      fiscalYear: 2026,
      asOf: '2026-12-03',
      projectCount,
      since: null,
      alertCount: items,
      yearEnd: '2026-12-31',
      daysToYearEnd: 28,
      newAlerts: section(items, '预算执行率 45.02%（已支出 45.02万元 ÷ 已到位 100.00万元）低于序时进度'),
      behindIndicators: section(items, '有绩效指标完成进度低于序时进度'),
      awaitingEvaluations: section(items, '绩效评价尚未提交'),
    },
  };
}

describe('digest rendering', () => {
  it('a full digest is split to WeCom\'s 2048 bytes with every item kept, and says how many there are in all', () => {
    const messages = renderDigest(claim(25), 'https://jixiao.example.gov.cn', 2048, '\n');
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(Buffer.byteLength(m.markdown)).toBeLessThanOrEqual(2048);
    const all = messages.map((m) => m.markdown).join('\n');
    for (let i = 1; i <= 10; i += 1) expect(all.split(`第${i}号项目](`).length - 1).toBe(3);
    expect(all).toContain('红/黄灯预警 25 个');
    expect(all.match(/另有 15 个未列出/g)).toHaveLength(3);
    expect(messages[0]?.title).toBe(`绩效每日预警摘要（1/${messages.length}）`);
  });

  it('a year without data says so instead of reading as an all-clear', () => {
    const [only] = renderDigest(claim(0, 0), 'https://jixiao.example.gov.cn', 5000, '\n\n');
    expect(only?.markdown).toContain('2026 年度暂无您可查看的项目数据：这不表示没有预警');
  });
});

describe('push clients against the mock platforms', () => {
  it('fetch their access token once for many messages, and address users and groups', async () => {
    const before = { ...mock.tokenRequests };
    const dingtalk = new DingtalkRobotClient({ appKey: 'k', appSecret: 's', robotCode: 'k' }, mock.dingtalkBase);
    const feishu = new FeishuMessageClient({ appId: 'a', appSecret: 's' }, mock.feishuBase);
    const wecom = new WecomAppMessageClient({ corpId: 'c', corpSecret: 's', agentId: '1' }, mock.wecomBase);
    for (const [i, c] of [dingtalk, feishu, wecom].entries()) {
      await c.send({ target: 'user', conversationId: `user-${i}` }, { title: 't', markdown: `a${i}` }, `key-a-${i}`);
      await c.send({ target: 'group', conversationId: `group-${i}` }, { title: 't', markdown: `b${i}` }, `key-b-${i}`);
      await c.send({ target: 'user', conversationId: `user-${i}` }, { title: 't', markdown: `c${i}` }, `key-c-${i}`);
    }
    expect(mock.tokenRequests).toEqual({ dingtalk: before.dingtalk + 1, feishu: before.feishu + 1, wecom: before.wecom + 1 });
    expect(mock.delivered.filter((m) => m.target === 'group').map((m) => `${m.platform}:${m.to}`)).toEqual(['dingtalk:group-0', 'feishu:group-1', 'wecom:group-2']);
  });

  it('a platform error is thrown, never swallowed; idempotency is declared per platform and target', async () => {
    const feishu = new FeishuMessageClient({ appId: 'a', appSecret: 's' }, mock.feishuBase);
    mock.failNext = 1;
    await expect(feishu.send({ target: 'user', conversationId: 'u' }, { title: 't', markdown: 'x' }, 'k-err')).rejects.toThrow(/platform error/);
    const wecom = new WecomAppMessageClient({ corpId: 'c', corpSecret: 's', agentId: '1' }, mock.wecomBase);
    expect([feishu.idempotent(), wecom.idempotent({ target: 'user', conversationId: 'u' }), wecom.idempotent({ target: 'group', conversationId: 'g' })]).toEqual([true, true, false]);
    expect(new DingtalkRobotClient({ appKey: 'k', appSecret: 's', robotCode: 'k' }, mock.dingtalkBase).idempotent()).toBe(false);
  });
});
