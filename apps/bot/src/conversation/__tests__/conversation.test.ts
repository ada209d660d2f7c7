import { beforeEach, describe, expect, it } from 'vitest';
import type { IncomingMessage } from '../../messages.js';
import { FakeDataPort } from '../../testing/fake-data-port.js';
import { MockClient, type MockClientOptions } from '../../testing/mock-client.js';
import { handleMessage, type ConversationContext } from '../handle-message.js';
import { InMemoryChatStateStore } from '../in-memory-chat-state-store.js';

let now = Date.parse('2022-11-15T10:00:00+08:00');
let context: ConversationContext;

beforeEach(() => {
  now = Date.parse('2022-11-15T10:00:00+08:00');
  context = { data: new FakeDataPort(), state: new InMemoryChatStateStore(() => now), today: () => new Date(now) };
});

const client = (options: Partial<MockClientOptions> = {}) =>
  new MockClient((message: IncomingMessage) => handleMessage(message, context), { chatUserId: 'staff-001', ...options });

describe('one project', () => {
  it('answers the execution rate first, with budget, spending, time progress, deviation, date and link', async () => {
    const reply = await client().shouldReply('综治工作经费执行率多少', /^【综治工作经费（2022年）】\n预算执行率 91\.02%/);
    expect(reply).toContain('预算执行率 91.02%（已支出 91.02 万元 ÷ 资金到位 100.00 万元）');
    expect(reply).toContain('全年预算 100.00 万元，资金到位 100.00 万元，已支出 91.02 万元');
    expect(reply).toContain('序时进度 87.40%，执行率高于序时进度 3.62 个百分点');
    expect(reply).toContain('数据截至 2022-11-15');
    expect(reply).toContain('https://jixiao.example.gov.cn/projects/p01');
  });

  it('answers a score by pinyin initials with grade and derivation', async () => {
    await client().shouldReply('zzgzjf 得分', '总分 92.50 分，评级「优」', '得分依据：', '过程 › 资金管理 › 预算执行率：8.5/10 分');
  });

  it('keeps the project for follow-ups without a name', async () => {
    const c = client();
    await c.shouldReply('综治经费花了多少', '已支出 91.02 万元');
    await c.shouldReply('还剩多少没花', '尚未支出 8.98 万元');
    await c.shouldReply('为什么是红灯', '当前为绿灯');
  });

  it('explains a red light and lists the failed indicators', async () => {
    const c = client();
    await c.shouldReply('扫黑除恶专项经费执行率', '预算执行率 41.00%', '执行率低于序时进度 46.40 个百分点');
    await c.shouldReply('为什么是红灯', '亮红灯的原因：', '· 执行率 41.00% 低于序时进度 87.40%');
    await c.shouldReply('哪些指标没达标', '未达标指标 3 项', '宣传活动覆盖人数：目标 ≥5000人，实际 3200人（疫情期间活动暂停）');
    await c.shouldReply('铁路护路经费预警', '监控预警：红灯');
    await c.shouldReply('平安建设宣传经费', '您问的是哪一个？');
  });

  it('says so when a project has not been scored yet', async () => {
    await client().shouldReply('见义勇为奖励经费评级', '该项目尚未完成评价打分');
  });

  it('asks for a project when a follow-up has nothing to refer to', async () => {
    await client().shouldReply('还剩多少没花', '请带上项目名称');
  });

  it('says when a project is not found, and when a message is not understood', async () => {
    await client().shouldReply('航天发射经费执行率', '没有找到与「航天发射经费」相符');
    await client().shouldReply('今天天气怎么样', '没有理解您的问题');
  });

  it('answers last year from last year’s project, also as a follow-up', async () => {
    await client().shouldReply('去年综治工作经费执行率', '综治工作经费（2021年）');
    const c = client();
    await c.shouldReply('综治工作经费执行率', '综治工作经费（2022年）');
    await c.shouldReply('去年呢', '综治工作经费（2021年）');
    await c.shouldReply('得分', '综治工作经费（2021年）');
    await c.shouldReply('2019年呢', '没有找到与「2019年综治工作经费」相符');
  });
});

describe('ask-back with numbered choices', () => {
  it('offers close candidates and accepts the number as the next message', async () => {
    const c = client();
    const ask = await c.shouldReply('平安建设宣传经费执行率', '您问的是哪一个？', '请回复序号 1–2');
    expect(ask).toMatch(/1\. 平安建设宣传经费（(昌吉州|玛纳斯县)党委政法委，2022年）/);
    await c.shouldReply('3', '序号超出范围，请回复 1–2');
    await c.shouldReply('2', /^【平安建设宣传经费（2022年）】\n预算执行率/);
    await c.shouldReply('2', '现在没有需要选择的问题');
  });

  it('forgets a pending choice after a new question or after the memory expires', async () => {
    const c = client();
    await c.shouldReply('平安建设宣传经费执行率', '您问的是哪一个？');
    await c.shouldReply('帮助', '绩效助手可以查询');
    await c.shouldReply('1', '现在没有需要选择的问题');
    await c.shouldReply('平安建设宣传经费执行率', '您问的是哪一个？');
    now += 31 * 60 * 1000;
    await c.shouldReply('1', '现在没有需要选择的问题');
  });

  it('keeps choices apart per user in the same group', async () => {
    const asker = client({ isGroup: true, mentionedBot: true, chatId: 'group-1' });
    const other = client({ isGroup: true, mentionedBot: true, chatId: 'group-1', chatUserId: 'staff-edu' });
    await asker.shouldReply('平安建设宣传经费执行率', '您问的是哪一个？');
    await other.shouldReply('1', '现在没有需要选择的问题');
    await asker.shouldReply('1', '平安建设宣传经费（2022年）');
  });
});

describe('lists and unit summaries', () => {
  it('lists projects below the time progress with a table', async () => {
    const reply = await client().shouldReply('哪些项目执行率低于序时进度', '执行率低于序时进度的项目', /共 \d+ 个项目/);
    expect(reply).toMatch(/扫黑除恶专项经费\s+昌吉州党委政法委\s+41\.00%\s+87\.40%\s+-46\.40/);
  });

  it('lists within a named unit and for the asker’s own unit', async () => {
    await client().shouldReply('财政局哪些项目得分最低', '昌吉州财政局 · 2022年 · 得分最低的前 5 个项目', '预算绩效管理经费');
    await client().shouldReply('我们委哪些项目偏差大', '昌吉州党委政法委 · 2022年 · 偏差最大的前 5 个项目');
    await client().shouldReply('执行率低于10%的项目', '没有符合条件的项目');
  });

  it('summarises a unit, the asker’s own included', async () => {
    await client().shouldReply('政法委整体执行情况', '昌吉州党委政法委（2022年）整体执行情况', '预算执行率 66.22%（已支出 595.95 万元 ÷ 资金到位 900.00 万元）', '共 9 个项目，全年预算 1000.00 万元，资金到位 900.00 万元，已支出 595.95 万元', '预警：红灯 3 个，黄灯 2 个，绿灯 4 个');
    await client().shouldReply('我们委今年预算执行到多少了', '昌吉州党委政法委（2022年）整体执行情况');
  });

  it('asks back between units with the same short name when the asker belongs to neither', async () => {
    const c = client({ chatUserId: 'reviewer' });
    await c.shouldReply('政法委整体执行情况', '您问的是哪一个？', /\d\. 玛纳斯县党委政法委/);
    const reply = await c.receive('2');
    expect(reply).toMatch(/(昌吉州|玛纳斯县)党委政法委（2022年）整体执行情况/);
  });

  it('asks which unit when a user without a unit says “我们委”', async () => {
    await client({ chatUserId: 'reviewer' }).shouldReply('我们委整体执行情况', '请说明是哪个单位');
  });

  it('does not reveal units outside the asker’s scope', async () => {
    await client({ chatUserId: 'staff-edu' }).shouldReply('政法委整体执行情况', '没有找到与「政法委」相符');
  });
});

describe('access and platform rules', () => {
  it('tells an unmapped user how to get access and shows no data', async () => {
    const reply = await client({ chatUserId: 'stranger' }).shouldReplyWithout('综治工作经费执行率多少', /\d+\.\d{2}/, '万元', '综治工作经费');
    expect(reply).toContain('请联系本单位的绩效系统管理员');
    await client({ chatUserId: '' }).shouldReply('帮助', '暂无查询权限');
  });

  it('limits answers to the user’s scope', async () => {
    await client({ chatUserId: 'staff-edu' }).shouldReply('综治工作经费执行率多少', '没有找到与「综治工作经费」相符');
    await client({ chatUserId: 'staff-edu' }).shouldReply('教师培训经费执行率', '教师培训经费（2022年）');
  });

  it('answers in groups only when mentioned, and never to its own messages', async () => {
    await client({ isGroup: true, mentionedBot: false }).shouldNotReply('综治工作经费执行率多少');
    await client({ isGroup: true, mentionedBot: true }).shouldReply('综治工作经费执行率多少', '91.02%');
    await client({ isFromBot: true }).shouldNotReply('综治工作经费执行率多少');
  });

  it('answers help and the data date', async () => {
    await client().shouldReply('你能查什么', '绩效助手可以查询', 'zzgzjf');
    await client().shouldReply('数据更新到哪天', '当前数据更新到 2022-11-15');
  });
});

describe('short answers, 详细 and the push hook', () => {
  it('keeps a score short (points lost only) and gives every line on 详细', async () => {
    const c = client();
    const short = await c.shouldReply('扫黑除恶专项经费得分', '得分依据：', '另有 2 项指标满分', '回复“详细”查看全部明细');
    expect(short).not.toContain('立项依据充分性');
    await c.shouldReply('详细', '立项依据充分性：3/3 分', '宣传活动次数：10/10 分', '预算执行率：8.5/10 分');
  });

  it('asks which measure when a loose name comes without one, and answers the chosen measure', async () => {
    const c = client();
    await c.shouldReply('扫黑经费', '您想查「扫黑除恶专项经费（2022年）」的哪一项？', '1. 执行率', '3. 得分');
    await c.shouldReply('3', '扫黑除恶专项经费（2022年）', '总分');
  });

  it('hands 订阅 / 取消订阅 to the subscription port, and says where to subscribe without one', async () => {
    await client().shouldReply('订阅 预警周报', '暂不支持订阅');
    const calls: string[] = [];
    const withPort: ConversationContext = {
      ...context,
      subscriptions: {
        subscribe: (message, frequency) => {
          calls.push(`${message.chatUserId}:subscribe:${frequency}`);
          return Promise.resolve({ __typename: 'DigestSubscription', id: 's1', platform: message.platform, target: 'user', conversationId: message.chatId, conversationTitle: null, frequency, nextRunAt: '2026-12-07T01:00:00.000Z', lastDeliveredAt: null, createdAt: '2026-12-03T08:00:00.000Z' });
        },
        list: () => Promise.resolve([]),
        unsubscribe: (message, frequency) => {
          calls.push(`${message.chatUserId}:unsubscribe:${frequency ?? 'all'}`);
          return Promise.resolve(1);
        },
      },
    };
    const c = new MockClient((message: IncomingMessage) => handleMessage(message, withPort), { chatUserId: 'staff-001' });
    await c.shouldReply('订阅 预警周报', '已为您订阅预警周报');
    await c.shouldReply('取消订阅', '已取消此会话的订阅（1 项）');
    expect(calls).toEqual(['staff-001:subscribe:weekly', 'staff-001:unsubscribe:all']);
  });
});
