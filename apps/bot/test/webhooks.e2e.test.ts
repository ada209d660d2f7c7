import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealFeishuRequest } from '../src/adapters/feishu/__tests__/seal-event.js';
import { bizMsgDecrypt, bizMsgEncrypt, bizMsgSignature } from '../src/adapters/shared/biz-msg-crypto.js';
import { InMemoryChatStateStore } from '../src/conversation/in-memory-chat-state-store.js';
import { GraphqlDataPort } from '../src/data/graphql-data-port.js';
import { JixiaoApi } from '../src/data/graphql/jixiao-api.js';
import { GraphqlDedupeStore } from '../src/dedupe/graphql-dedupe-store.js';
import { createBotServer, type BotServer } from '../src/server/bot-server.js';
import type { AdapterConfig } from '../src/server/server-config.js';
import { CapturingReplySender, replyText } from '../src/testing/capturing-reply-sender.js';
import { dingtalkRequest, feishuRequest, post, TEST_SESSION_WEBHOOK, wecomRequest } from '../src/testing/signed-requests.js';
import { startApiProcess, TEST_SERVICE_TOKEN, type ApiProcess } from './support/api-process.js';
import { linkChatUsers } from './support/link-chat-users.js';

/**
 * Signed platform requests into the bot's HTTP server, answered from a real API (its own process, PGlite with the
 * demo data) through GraphQL; replies are captured instead of sent. One API for the whole file.
 */
const DINGTALK_SECRET = 'dingtalk-e2e-secret';
const FEISHU = { encryptKey: 'feishu-e2e-key', verificationToken: 'feishu-e2e-token', botOpenId: 'ou_bot', appId: 'cli_e2e', appSecret: 's' };
const WECOM = { token: 'QDG6eK', encodingAesKey: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C', receiveId: 'wx5823bf96d3bd56c7', agentId: '1000002', corpSecret: 's' };
const ADAPTERS: AdapterConfig = { dingtalk: { appSecret: DINGTALK_SECRET, windowMs: 5 * 60 * 1000 }, feishu: FEISHU, wecom: WECOM };

let api: ApiProcess;
let client: JixiaoApi;
const bots: BotServer[] = [];

/** A bot instance of its own (own memory, own sender) on a free port, sharing the API's de-duplication. */
async function startBot(adapters: AdapterConfig = ADAPTERS) {
  const sender = new CapturingReplySender();
  const errors: unknown[] = [];
  const bot = createBotServer({
    adapters,
    dedupe: new GraphqlDedupeStore(client),
    conversation: { data: new GraphqlDataPort(client, { dashboardUrl: 'https://jixiao.example.gov.cn' }), state: new InMemoryChatStateStore(), today: () => new Date('2023-09-30T10:00:00+08:00') },
    sender,
    logError: (_context, error) => errors.push(error),
  });
  bots.push(bot);
  return { bot, sender, errors, url: await bot.listen(0, '127.0.0.1') };
}

let main: Awaited<ReturnType<typeof startBot>>;
let sequence = 0;
const nextId = (prefix: string) => `${prefix}-${Date.now()}-${(sequence += 1)}`;

beforeAll(async () => {
  api = await startApiProcess();
  client = new JixiaoApi({ url: api.url, serviceToken: TEST_SERVICE_TOKEN });
  await linkChatUsers(api.url, {
    'dingtalk:zfw-001': 'zfw-staff',
    'feishu:ou_zfw': 'zfw-staff',
    'wecom:zhangsan': 'zfw-staff',
    'dingtalk:edu-001': 'edu-staff',
    'feishu:ou_leader': 'leader',
    'dingtalk:fukang-001': 'leader-fukang',
    'dingtalk:finance-001': 'finance',
  });
  main = await startBot();
});

afterAll(async () => {
  for (const bot of bots) await bot.close();
  client?.stop();
  await api?.stop();
});

/** Posts, waits for the answer to be sent (or not), and returns what was sent for this request. */
async function exchange(bot: Awaited<ReturnType<typeof startBot>>, request: Parameters<typeof post>[1]) {
  const before = bot.sender.sent.length;
  const response = await post(bot.url, request);
  await bot.bot.idle();
  return { ...response, replies: bot.sender.sent.slice(before) };
}

describe('bot webhooks against the API', () => {
  it('DingTalk: 综治工作经费执行率多少 → 91.02% with its context, through the sessionWebhook', async () => {
    const result = await exchange(main, dingtalkRequest({ appSecret: DINGTALK_SECRET, staffId: 'zfw-001', text: '综治工作经费执行率多少', msgId: nextId('dt'), nowMs: Date.now() }));
    expect(result.status).toBe(200);
    expect(result.replies).toHaveLength(1);
    const [reply] = result.replies;
    if (reply?.platform !== 'dingtalk') throw new Error('expected a DingTalk reply');
    expect(reply.sessionWebhook).toBe(TEST_SESSION_WEBHOOK);
    const text = replyText(reply);
    expect(text).toContain('预算执行率 91.02%（已支出 91.02 万元 ÷ 资金到位 100.00 万元）');
    expect(text).toContain('全年预算 100.00 万元，资金到位 100.00 万元，已支出 91.02 万元');
    expect(reply.body.msgtype).toBe('actionCard');
    expect(text).toContain('序时进度 100.00%，执行率低于序时进度 8.98 个百分点');
    expect(text).toContain('数据截至 2022-12-31');
    // The dashboard link is the action card's button.
    expect(reply.body).toMatchObject({ actionCard: { singleTitle: '在绩效看板中查看', singleURL: expect.stringMatching(/^https:\/\/jixiao\.example\.gov\.cn\/projects\/[0-9a-f-]{36}$/) } });
    expect(main.errors).toEqual([]);
  });

  it('Feishu: zzgzjf 得分 → the recomputed score and grade, as a card through the reply API', async () => {
    const eventId = nextId('ev');
    const result = await exchange(main, feishuRequest({ ...FEISHU, openId: 'ou_zfw', text: 'zzgzjf 得分', eventId, nowMs: Date.now() }));
    expect(result.status).toBe(200);
    const [reply] = result.replies;
    if (reply?.platform !== 'feishu') throw new Error('expected a Feishu reply');
    expect(reply.replyTo).toBe(`om-${eventId}`);
    expect(reply.body.msg_type).toBe('interactive');
    expect(replyText(reply)).toContain('总分 98.30 分，评级「优」');
    expect(replyText(reply)).toContain('得分依据');
  });

  it('leaders: the prefecture’s totals as a card coloured by its alerts, and a county leader’s red count', async () => {
    const result = await exchange(main, feishuRequest({ ...FEISHU, openId: 'ou_leader', text: '全州整体执行率', eventId: nextId('ev'), nowMs: Date.now() }));
    const [reply] = result.replies;
    if (reply?.platform !== 'feishu') throw new Error('expected a Feishu reply');
    const card = JSON.parse(reply.body.content) as { header: { title: { content: string }; template: string } };
    expect(card.header.title.content).toMatch(/^昌吉回族自治州（\d{4}年）整体执行情况$/);
    expect(['red', 'orange', 'green']).toContain(card.header.template);
    expect(replyText(reply)).toMatch(/共 \d+ 个项目，全年预算 [\d.]+ 万元，资金到位 [\d.]+ 万元，已支出 [\d.]+ 万元/);
    expect(replyText(reply)).toMatch(/预算执行率 [\d.]+%（已支出 [\d.]+ 万元 ÷ 资金到位 [\d.]+ 万元）/);

    const fukang = await exchange(main, dingtalkRequest({ appSecret: DINGTALK_SECRET, staffId: 'fukang-001', text: '阜康市有几个红色预警', msgId: nextId('dt'), nowMs: Date.now() }));
    const [counted] = fukang.replies;
    if (counted === undefined) throw new Error('expected a reply');
    expect(replyText(counted)).toMatch(/阜康市（\d{4}年）监控预警/);
    expect(replyText(counted)).toMatch(/红灯 \d+ 个、黄灯 \d+ 个（共 \d+ 个项目）/);
    expect(main.errors).toEqual([]);
  });

  it('"今年" is the latest year with data, never a false all-clear; a finance reviewer reads the audit and the claimed score', async () => {
    const behind = await exchange(main, dingtalkRequest({ appSecret: DINGTALK_SECRET, staffId: 'zfw-001', text: '今年哪些项目执行率低于序时进度', msgId: nextId('dt'), nowMs: Date.now() }));
    const [list] = behind.replies;
    if (list === undefined) throw new Error('expected a reply');
    expect(replyText(list)).not.toContain('没有符合条件的项目');
    expect(replyText(list)).toMatch(/### \d{4}年 · 执行率低于序时进度的项目/);
    expect(replyText(list)).toMatch(/共 \d+ 个项目/);

    const audit = await exchange(main, dingtalkRequest({ appSecret: DINGTALK_SECRET, staffId: 'finance-001', text: '综治工作经费自评分多少', msgId: nextId('dt'), nowMs: Date.now() }));
    const [self] = audit.replies;
    if (self === undefined) throw new Error('expected a reply');
    expect(replyText(self)).toContain('总分 98.30 分，评级「优」（按各项指标得分重算）');
    expect(replyText(self)).toMatch(/自评总分 [\d.]+ 分|评价中没有填写自评总分/);
    expect(main.errors).toEqual([]);
  });

  it('Feishu: the url_verification challenge is echoed', async () => {
    const sealed = sealFeishuRequest(FEISHU.encryptKey, { type: 'url_verification', challenge: 'ch-e2e', token: FEISHU.verificationToken }, String(Math.floor(Date.now() / 1000)));
    const result = await exchange(main, { path: '/feishu', headers: { 'content-type': 'application/json', ...sealed.headers }, body: sealed.rawBody });
    expect(result).toMatchObject({ status: 200, replies: [] });
    expect(JSON.parse(result.body)).toEqual({ challenge: 'ch-e2e' });
  });

  it('WeCom: the URL check answers the echostr; a message gets an empty 200 and the answer is sent after', async () => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const echostr = bizMsgEncrypt(WECOM, 'echo-e2e');
    const query = new URLSearchParams({ msg_signature: bizMsgSignature(WECOM.token, timestamp, 'n', echostr), timestamp, nonce: 'n', echostr });
    const check = await fetch(`${main.url}/wecom?${query.toString()}`);
    expect(await check.text()).toBe('echo-e2e');
    expect(bizMsgDecrypt(WECOM, echostr)).toBe('echo-e2e');

    const result = await exchange(main, wecomRequest({ config: WECOM, fromUser: 'zhangsan', text: '综治经费花了多少', msgId: nextId('9'), nowMs: Date.now() }));
    expect(result).toMatchObject({ status: 200, body: '' });
    const [reply] = result.replies;
    if (reply?.platform !== 'wecom') throw new Error('expected a WeCom reply');
    expect(reply.toUser).toBe('zhangsan');
    expect(replyText(reply)).toContain('已支出 91.02 万元');
  });

  it('an unmapped chat user is told how to get access and sees no data', async () => {
    const result = await exchange(main, wecomRequest({ config: WECOM, fromUser: 'stranger', text: '综治工作经费执行率多少', msgId: nextId('9'), nowMs: Date.now() }));
    const text = result.replies.map(replyText).join('\n');
    expect(text).toContain('暂无查询权限');
    expect(text).not.toMatch(/91\.02|万元|%/);
  });

  it('permissions are the linked user’s: 教育局 staff cannot see 政法委’s project', async () => {
    const result = await exchange(main, dingtalkRequest({ appSecret: DINGTALK_SECRET, staffId: 'edu-001', text: '综治工作经费执行率多少', msgId: nextId('dt'), nowMs: Date.now() }));
    const text = result.replies.map(replyText).join('\n');
    expect(text).not.toContain('91.02');
    expect(text).toContain('没有找到');
  });

  it('a replayed event id is dropped, also by another instance (the ids live in the API’s database)', async () => {
    const request = dingtalkRequest({ appSecret: DINGTALK_SECRET, staffId: 'zfw-001', text: '综治工作经费执行率多少', msgId: nextId('dt'), nowMs: Date.now() });
    expect((await exchange(main, request)).replies).toHaveLength(1);
    const replay = await exchange(main, request);
    expect(replay).toMatchObject({ status: 200, replies: [] });
    const other = await startBot();
    expect(await exchange(other, request)).toMatchObject({ status: 200, replies: [] });
    // The captured (timestamp, sign) pair carrying another body is refused, on any instance (issue 12, item 5).
    const forged = dingtalkRequest({ appSecret: DINGTALK_SECRET, staffId: 'zfw-001', text: '帮助', msgId: nextId('dt'), nowMs: Date.now() });
    expect(await exchange(other, { ...forged, headers: request.headers })).toMatchObject({ status: 401, replies: [] });
  });

  it('tampered signatures, bodies and stale timestamps are refused with 401 and get no reply', async () => {
    const now = Date.now();
    const dingtalk = dingtalkRequest({ appSecret: 'wrong-secret', staffId: 'zfw-001', text: '综治工作经费执行率多少', msgId: nextId('dt'), nowMs: now });
    expect(await exchange(main, dingtalk)).toMatchObject({ status: 401, replies: [] });
    const stale = dingtalkRequest({ appSecret: DINGTALK_SECRET, staffId: 'zfw-001', text: '综治工作经费执行率多少', msgId: nextId('dt'), nowMs: now - 10 * 60 * 1000 });
    expect(await exchange(main, stale)).toMatchObject({ status: 401, replies: [] });

    const feishu = feishuRequest({ ...FEISHU, openId: 'ou_zfw', text: 'zzgzjf 得分', eventId: nextId('ev'), nowMs: now });
    const tamperedBody = Buffer.from(feishu.body.toString('utf8').replace('"encrypt":"', '"encrypt":"A'));
    expect(await exchange(main, { ...feishu, body: tamperedBody })).toMatchObject({ status: 401, replies: [] });
    const { ['x-lark-signature']: _dropped, ...unsigned } = feishu.headers;
    expect(await exchange(main, { ...feishu, headers: unsigned })).toMatchObject({ status: 401, replies: [] });

    const wecom = wecomRequest({ config: WECOM, fromUser: 'zhangsan', text: '综治经费花了多少', msgId: nextId('9'), nowMs: now });
    // Flip the signature's first hex digit (always to another digit: a fixed replacement is a no-op one time in 16).
    const tamperedPath = wecom.path.replace(/msg_signature=([0-9a-f])/, (_match, digit: string) => `msg_signature=${digit === '0' ? '1' : '0'}`);
    expect(await exchange(main, { ...wecom, path: tamperedPath })).toMatchObject({ status: 401, replies: [] });
    // The refused requests were never recorded: the genuine one still gets its answer.
    expect((await exchange(main, wecom)).replies).toHaveLength(1);
  });

  it('in a group the bot answers only when mentioned', async () => {
    const quiet = dingtalkRequest({ appSecret: DINGTALK_SECRET, staffId: 'zfw-001', text: '综治工作经费执行率多少', msgId: nextId('dt'), nowMs: Date.now(), group: true, mentioned: false });
    expect(await exchange(main, quiet)).toMatchObject({ status: 200, replies: [] });
  });

  it('an oversized body is refused before it is read to the end; unconfigured platforms have no route', async () => {
    const big = dingtalkRequest({ appSecret: DINGTALK_SECRET, staffId: 'zfw-001', text: '综'.repeat(100_000), msgId: nextId('dt'), nowMs: Date.now() });
    expect(await exchange(main, big)).toMatchObject({ status: 413, replies: [] });
    const bare = await startBot({ dingtalk: null, feishu: null, wecom: null });
    const request = dingtalkRequest({ appSecret: DINGTALK_SECRET, staffId: 'zfw-001', text: '帮助', msgId: nextId('dt'), nowMs: Date.now() });
    expect(await exchange(bare, request)).toMatchObject({ status: 404, replies: [] });
    const health = await fetch(`${bare.url}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok', adapters: [] });
  });
});
