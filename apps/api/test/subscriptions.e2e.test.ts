import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_BOT_TOKEN, type GraphQLResponse, type TestApp } from './support/test-app.js';

/**
 * 订阅 (issue 12, item 4): subscriptions belong to their user, a group is subscribed only through the bot, and
 * due digests are claimed once — also by two instances at the same moment, and again after a crash.
 */
interface Subscription {
  id: string;
  platform: string;
  target: string;
  conversationId: string;
  frequency: string;
  nextRunAt: string;
  lastDeliveredAt: string | null;
}
interface Section {
  totalCount: number;
  items: { projectId: string; projectName: string; unitName: string; colour: string | null; detail: string }[];
}
interface Claim {
  deliveryId: string;
  subscriptionId: string;
  platform: string;
  target: string;
  conversationId: string;
  dueAt: string;
  attempt: number;
  possiblySent: boolean;
  content: {
    fiscalYear: number;
    asOf: string;
    projectCount: number;
    since: string | null;
    alertCount: number;
    newAlerts: Section;
    behindIndicators: Section;
    awaitingEvaluations: Section;
    daysToYearEnd: number;
  };
}

const FIELDS = 'id platform target conversationId frequency nextRunAt lastDeliveredAt';
const SECTION = 'totalCount items { projectId projectName unitName colour detail }';
const CLAIM = `mutation($now: DateTime, $instance: String!, $platforms: [String!]!) { claimDueDigests(instance: $instance, platforms: $platforms, now: $now) {
  deliveryId subscriptionId platform target conversationId dueAt attempt possiblySent
  content { fiscalYear asOf projectCount since alertCount daysToYearEnd newAlerts { ${SECTION} } behindIndicators { ${SECTION} } awaitingEvaluations { ${SECTION} } } } }`;
const COMPLETE = 'mutation($id: ID!, $outcome: DigestOutcome!, $now: DateTime) { completeDigestDelivery(deliveryId: $id, outcome: $outcome, now: $now) }';
const SUBSCRIBE = `mutation($input: SubscribeDigestInput!) { subscribeDigest(input: $input) { ${FIELDS} } }`;
const BOT = { 'x-jixiao-service-token': TEST_BOT_TOKEN };

let app: TestApp;
const tokens = new Map<string, string>();
const userIds = new Map<string, string>();

function data<T>(result: GraphQLResponse<T>): T {
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  if (!result.data) throw new Error('no data');
  return result.data;
}
const as = async <T>(username: string, query: string, variables: Record<string, unknown> = {}) => app.gql<T>(query, variables, tokens.get(username));
const claim = async (now: Date, instance = 'bot-a', platforms = ['dingtalk', 'feishu', 'wecom']) =>
  data(await app.gql<{ claimDueDigests: Claim[] }>(CLAIM, { now: now.toISOString(), instance, platforms }, BOT)).claimDueDigests;
const complete = async (id: string, outcome: string, now: Date) =>
  data(await app.gql<{ completeDigestDelivery: boolean }>(COMPLETE, { id, outcome, now: now.toISOString() }, BOT)).completeDigestDelivery;
const later = (iso: string, ms: number) => new Date(Date.parse(iso) + ms);

beforeAll(async () => {
  app = await startTestApp({ demoProjects: 40 });
  for (const username of ['admin', 'zfw-staff', 'edu-staff', 'leader']) {
    tokens.set(username, await app.login(username));
    userIds.set(username, data(await as<{ me: { id: string } }>(username, '{ me { id } }')).me.id);
  }
  const link = 'mutation($p: String!, $id: String!, $u: ID!) { linkChatUser(platform: $p, platformUserId: $id, userId: $u) }';
  for (const [platform, id, user] of [['dingtalk', 'ding-zfw', 'zfw-staff'], ['feishu', 'ou_edu', 'edu-staff'], ['wecom', 'leader-wx', 'leader']] as const) {
    data(await as('admin', link, { p: platform, id, u: userIds.get(user) }));
  }
});
afterAll(() => app?.close());

describe('subscriptions', () => {
  it('a user subscribes their linked account; the next run is 9:00 Beijing time; only they see and remove it', async () => {
    const created = data(await as<{ subscribeDigest: Subscription }>('zfw-staff', SUBSCRIBE, { input: { platform: 'dingtalk', frequency: 'daily' } })).subscribeDigest;
    expect(created).toMatchObject({ platform: 'dingtalk', target: 'user', conversationId: 'ding-zfw', frequency: 'daily', lastDeliveredAt: null });
    expect(new Date(created.nextRunAt).getTime()).toBeGreaterThan(Date.now());
    // 9:00 in Beijing is 01:00 UTC.
    expect(created.nextRunAt).toMatch(/T01:00:00\.000Z$/);
    const again = data(await as<{ subscribeDigest: Subscription }>('zfw-staff', SUBSCRIBE, { input: { platform: 'dingtalk', frequency: 'daily' } })).subscribeDigest;
    expect(again.id).toBe(created.id);

    const mine = data(await as<{ mySubscriptions: Subscription[] }>('zfw-staff', `{ mySubscriptions { ${FIELDS} } }`)).mySubscriptions;
    expect(mine.map((s) => s.id)).toEqual([created.id]);
    const theirs = data(await as<{ mySubscriptions: Subscription[] }>('edu-staff', `{ mySubscriptions { ${FIELDS} } }`)).mySubscriptions;
    expect(theirs).toEqual([]);

    const remove = 'mutation($id: ID!) { unsubscribeDigest(id: $id) }';
    expect(data(await as<{ unsubscribeDigest: boolean }>('edu-staff', remove, { id: created.id })).unsubscribeDigest).toBe(false);
    expect(data(await as<{ unsubscribeDigest: boolean }>('zfw-staff', remove, { id: created.id })).unsubscribeDigest).toBe(true);
    expect(data(await as<{ mySubscriptions: Subscription[] }>('zfw-staff', '{ mySubscriptions { id } }')).mySubscriptions).toEqual([]);
  });

  it('bad input gets a Chinese error naming the field: no linked account, another\'s account, a group from the dashboard', async () => {
    const cases: [string, Record<string, unknown>, string, RegExp][] = [
      ['zfw-staff', { platform: 'feishu', frequency: 'daily' }, 'notLinked', /尚未绑定飞书/],
      ['zfw-staff', { platform: 'dingtalk', frequency: 'daily', conversationId: 'ou_edu' }, 'notYours', /未绑定到您的账号/],
      ['zfw-staff', { platform: 'dingtalk', frequency: 'weekly', target: 'group', conversationId: 'cid-1' }, 'groupFromChatOnly', /在该群中/],
      ['zfw-staff', { platform: 'console', frequency: 'daily' }, 'invalidPlatform', /dingtalk、feishu 或 wecom/],
    ];
    for (const [user, input, reason, message] of cases) {
      const result = await as(user, SUBSCRIBE, { input });
      expect(result.errors?.[0]?.extensions, reason).toMatchObject({ code: 'BAD_USER_INPUT', reason });
      expect(result.errors?.[0]?.message).toMatch(message);
    }
    expect(data(await as<{ mySubscriptions: Subscription[] }>('zfw-staff', '{ mySubscriptions { id } }')).mySubscriptions).toEqual([]);
    const badTime = await app.gql(CLAIM, { now: '逐步提高', instance: 'bot-a', platforms: ['dingtalk'] }, BOT);
    expect(badTime.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'notATime' });
  });

  it('the bot subscribes a group for the chat user who asked; the group subscription is that user\'s', async () => {
    const bot = { ...BOT, 'x-jixiao-chat-user': 'dingtalk:ding-zfw' };
    const input = { platform: 'dingtalk', frequency: 'weekly', target: 'group', conversationId: 'cid-group-1', conversationTitle: '政法委财务群' };
    const group = data(await app.gql<{ subscribeDigest: Subscription }>(SUBSCRIBE, { input }, bot)).subscribeDigest;
    expect(group).toMatchObject({ target: 'group', conversationId: 'cid-group-1', frequency: 'weekly' });
    expect(new Date(group.nextRunAt).getUTCDay()).toBe(1);
    const mine = data(await as<{ mySubscriptions: Subscription[] }>('zfw-staff', '{ mySubscriptions { id } }')).mySubscriptions;
    expect(mine.map((s) => s.id)).toEqual([group.id]);
    data(await as('zfw-staff', 'mutation($id: ID!) { unsubscribeDigest(id: $id) }', { id: group.id }));
  });
});

describe('due digests', () => {
  it('claimed once per due time, with the owner\'s scope; the next digest reports only new alerts', async () => {
    const zfw = data(await as<{ subscribeDigest: Subscription }>('zfw-staff', SUBSCRIBE, { input: { platform: 'dingtalk', frequency: 'daily' } })).subscribeDigest;
    const edu = data(await as<{ subscribeDigest: Subscription }>('edu-staff', SUBSCRIBE, { input: { platform: 'feishu', frequency: 'daily' } })).subscribeDigest;
    expect(zfw.nextRunAt).toBe(edu.nextRunAt);
    expect(await claim(later(zfw.nextRunAt, -1000))).toEqual([]);

    const due = later(zfw.nextRunAt, 60_000);
    const claims = await claim(due);
    expect(claims.map((c) => c.subscriptionId).sort()).toEqual([zfw.id, edu.id].sort());
    expect(await claim(due, 'bot-b')).toEqual([]);

    const zfwClaim = claims.find((c) => c.subscriptionId === zfw.id);
    if (!zfwClaim) throw new Error('no claim');
    expect(zfwClaim).toMatchObject({ platform: 'dingtalk', target: 'user', conversationId: 'ding-zfw', attempt: 1, possiblySent: false });
    const year = Number(app.config.today?.slice(0, 4));
    expect(zfwClaim.content).toMatchObject({ fiscalYear: year, asOf: app.config.today, since: null });
    // Scope: 政法委 staff are told about 政法委 projects only.
    const zfwProjects = await as<{ projects: { nodes: { id: string; fiscalYear: number }[] } }>('zfw-staff', '{ projects(first: 100) { nodes { id fiscalYear } } }');
    const readable = new Set(data(zfwProjects).projects.nodes.map((p) => p.id));
    const sections = [zfwClaim.content.newAlerts, zfwClaim.content.behindIndicators, zfwClaim.content.awaitingEvaluations];
    for (const item of sections.flatMap((s) => s.items)) expect(readable.has(item.projectId), item.projectName).toBe(true);
    expect(zfwClaim.content.projectCount).toBe(data(zfwProjects).projects.nodes.filter((p) => p.fiscalYear === year).length);
    expect(zfwClaim.content.newAlerts.totalCount).toBe(zfwClaim.content.alertCount);
    // The demo's in-progress year has 政法委 projects behind 序时进度: the checks above and below are not vacuous.
    expect(zfwClaim.content.projectCount).toBeGreaterThan(0);
    expect(zfwClaim.content.alertCount).toBeGreaterThan(0);
    for (const item of zfwClaim.content.newAlerts.items) {
      expect(['red', 'amber']).toContain(item.colour);
      expect(item.detail).toMatch(/^预算执行率 \d+\.\d{2}%（已支出 [\d.]+万元 ÷ 已到位 [\d.]+万元）低于序时进度$/);
    }

    for (const c of claims) expect(await complete(c.deliveryId, 'sent', due)).toBe(true);
    expect(await complete(zfwClaim.deliveryId, 'sent', due)).toBe(false);
    const after = data(await as<{ mySubscriptions: Subscription[] }>('zfw-staff', `{ mySubscriptions { ${FIELDS} } }`)).mySubscriptions[0];
    expect(after).toMatchObject({ lastDeliveredAt: zfw.nextRunAt, nextRunAt: later(zfw.nextRunAt, 24 * 3600_000).toISOString() });

    const nextDay = later(zfw.nextRunAt, 24 * 3600_000 + 60_000);
    const second = (await claim(nextDay)).find((c) => c.subscriptionId === zfw.id);
    expect(second?.content).toMatchObject({ since: zfw.nextRunAt, alertCount: zfwClaim.content.alertCount, newAlerts: { totalCount: 0, items: [] } });
    for (const c of await claim(nextDay)) await complete(c.deliveryId, 'sent', nextDay);
    if (second) await complete(second.deliveryId, 'sent', nextDay);
    for (const id of [zfw.id, edu.id]) {
      const owner = id === zfw.id ? 'zfw-staff' : 'edu-staff';
      data(await as(owner, 'mutation($id: ID!) { unsubscribeDigest(id: $id) }', { id }));
    }
  });

  it('two instances claiming at the same moment share the due digests without overlap', async () => {
    const created = [];
    for (const [user, platform] of [['zfw-staff', 'dingtalk'], ['edu-staff', 'feishu'], ['leader', 'wecom']] as const) {
      for (const frequency of ['daily', 'weekly']) {
        created.push(data(await as<{ subscribeDigest: Subscription }>(user, SUBSCRIBE, { input: { platform, frequency } })).subscribeDigest);
      }
    }
    const latest = Math.max(...created.map((s) => Date.parse(s.nextRunAt)));
    const now = new Date(latest + 60_000);
    const [a, b] = await Promise.all([claim(now, 'bot-a'), claim(now, 'bot-b')]);
    const ids = [...(a ?? []), ...(b ?? [])].map((c) => c.subscriptionId);
    expect(ids.sort()).toEqual(created.map((s) => s.id).sort());
    for (const c of [...(a ?? []), ...(b ?? [])]) await complete(c.deliveryId, 'sent', now);
    for (const s of created) {
      const owner = s.platform === 'dingtalk' ? 'zfw-staff' : s.platform === 'feishu' ? 'edu-staff' : 'leader';
      data(await as(owner, 'mutation($id: ID!) { unsubscribeDigest(id: $id) }', { id: s.id }));
    }
  });

  it('a claim that ended without an outcome (a crash) is claimed again after its lease: same delivery, marked possibly sent', async () => {
    const sub = data(await as<{ subscribeDigest: Subscription }>('leader', SUBSCRIBE, { input: { platform: 'wecom', frequency: 'daily' } })).subscribeDigest;
    const due = later(sub.nextRunAt, 1000);
    // An instance claims only the platforms it can send to.
    expect(await claim(due, 'bot-dingtalk-only', ['dingtalk', 'feishu'])).toEqual([]);
    const [first] = await claim(due);
    expect(first).toMatchObject({ subscriptionId: sub.id, attempt: 1, possiblySent: false });
    expect(await claim(later(sub.nextRunAt, 5 * 60_000))).toEqual([]);
    const [again] = await claim(later(sub.nextRunAt, 11 * 60_000), 'bot-restarted');
    expect(again).toMatchObject({ deliveryId: first?.deliveryId, attempt: 2, possiblySent: true, content: first?.content });

    // A failed send is retried after five minutes; the third failure gives up and moves to the next day.
    if (!again) throw new Error('no claim');
    const failedAt = later(sub.nextRunAt, 12 * 60_000);
    expect(await complete(again.deliveryId, 'failed', failedAt)).toBe(true);
    expect(await claim(later(failedAt.toISOString(), 4 * 60_000))).toEqual([]);
    const [third] = await claim(later(failedAt.toISOString(), 6 * 60_000));
    expect(third).toMatchObject({ deliveryId: first?.deliveryId, attempt: 3, possiblySent: false });
    expect(await complete(third?.deliveryId ?? '', 'failed', later(failedAt.toISOString(), 7 * 60_000))).toBe(true);
    const after = data(await as<{ mySubscriptions: Subscription[] }>('leader', `{ mySubscriptions { ${FIELDS} } }`)).mySubscriptions[0];
    expect(after).toMatchObject({ lastDeliveredAt: null, nextRunAt: later(sub.nextRunAt, 24 * 3600_000).toISOString() });
    data(await as('leader', 'mutation($id: ID!) { unsubscribeDigest(id: $id) }', { id: sub.id }));
  });

  it('a user digest stops when its account is linked to someone else', async () => {
    const sub = data(await as<{ subscribeDigest: Subscription }>('zfw-staff', SUBSCRIBE, { input: { platform: 'dingtalk', frequency: 'daily' } })).subscribeDigest;
    const link = 'mutation($u: ID!) { linkChatUser(platform: "dingtalk", platformUserId: "ding-zfw", userId: $u) }';
    data(await as('admin', link, { u: userIds.get('edu-staff') }));
    expect(await claim(later(sub.nextRunAt, 60_000))).toEqual([]);
    data(await as('admin', link, { u: userIds.get('zfw-staff') }));
    const [claimed] = await claim(later(sub.nextRunAt, 60_000));
    expect(claimed?.subscriptionId).toBe(sub.id);
    await complete(claimed?.deliveryId ?? '', 'sent', later(sub.nextRunAt, 60_000));
    data(await as('zfw-staff', 'mutation($id: ID!) { unsubscribeDigest(id: $id) }', { id: sub.id }));
  });
});
