import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A message as a platform would show it to its recipient. */
export interface DeliveredMessage {
  readonly platform: 'dingtalk' | 'feishu' | 'wecom';
  readonly target: 'user' | 'group';
  readonly to: string;
  readonly title: string;
  readonly text: string;
}

/**
 * DingTalk, Feishu and WeCom send APIs on one local node http server, for push tests: tokens, the send endpoints
 * the push clients call, and each platform's idempotency as documented (Feishu: one message per `uuid`; WeCom
 * `message/send` with duplicate check: one per recipient and content within the interval; DingTalk: none).
 * `delivered` is what recipients see; `requests` counts every send call, repeats included.
 */
export class MockPlatforms {
  readonly delivered: DeliveredMessage[] = [];
  readonly tokenRequests = { dingtalk: 0, feishu: 0, wecom: 0 };
  sendRequests = 0;
  /** When set, the next this-many send calls answer a platform error. */
  failNext = 0;
  /** The platforms' clock, for WeCom's duplicate-check interval; tests that move time set it. */
  nowMs = Date.now();
  private readonly server: Server;
  private readonly feishuUuids = new Set<string>();
  private readonly wecomChecked = new Map<string, number>();
  private base = '';

  constructor() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://mock.invalid');
        const body = chunks.length === 0 ? {} : (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
        const answer = this.answer(url, req.headers, body);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer));
      });
    });
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get dingtalkBase(): string {
    return `${this.base}/dingtalk`;
  }

  get feishuBase(): string {
    return `${this.base}/feishu/open-apis`;
  }

  get wecomBase(): string {
    return `${this.base}/wecom/cgi-bin`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private answer(url: URL, headers: Record<string, string | string[] | undefined>, body: Record<string, unknown>): Record<string, unknown> {
    const path = url.pathname;
    switch (path) {
      case '/dingtalk/v1.0/oauth2/accessToken':
        this.tokenRequests.dingtalk += 1;
        return { accessToken: 'ding-token', expireIn: 7200 };
      case '/feishu/open-apis/auth/v3/tenant_access_token/internal':
        this.tokenRequests.feishu += 1;
        return { code: 0, tenant_access_token: 'feishu-token', expire: 7200 };
      case '/wecom/cgi-bin/gettoken':
        this.tokenRequests.wecom += 1;
        return { errcode: 0, access_token: 'wecom-token', expires_in: 7200 };
    }
    this.sendRequests += 1;
    if (this.failNext > 0) {
      this.failNext -= 1;
      return path.startsWith('/dingtalk') ? { code: 'Throttling', message: 'mock failure' } : { code: 99991400, errcode: 45009, msg: 'mock failure' };
    }
    switch (path) {
      case '/dingtalk/v1.0/robot/groupMessages/send':
      case '/dingtalk/v1.0/robot/oToMessages/batchSend': {
        if (headers['x-acs-dingtalk-access-token'] !== 'ding-token') return { code: 'InvalidAuthentication' };
        const param = JSON.parse(String(body['msgParam'])) as { title: string; text: string };
        const group = path.endsWith('groupMessages/send');
        const to = group ? String(body['openConversationId']) : String((body['userIds'] as string[])[0]);
        this.delivered.push({ platform: 'dingtalk', target: group ? 'group' : 'user', to, title: param.title, text: param.text });
        return { processQueryKey: `pq-${this.sendRequests}` };
      }
      case '/feishu/open-apis/im/v1/messages': {
        if (headers['authorization'] !== 'Bearer feishu-token') return { code: 99991663, msg: 'invalid token' };
        const uuid = String(body['uuid']);
        if (!this.feishuUuids.has(uuid)) {
          this.feishuUuids.add(uuid);
          const card = JSON.parse(String(body['content'])) as { header: { title: { content: string } }; body: { elements: { content: string }[] } };
          const target = url.searchParams.get('receive_id_type') === 'chat_id' ? 'group' : 'user';
          this.delivered.push({ platform: 'feishu', target, to: String(body['receive_id']), title: card.header.title.content, text: card.body.elements[0]?.content ?? '' });
        }
        return { code: 0, data: { message_id: `om-${uuid}` } };
      }
      case '/wecom/cgi-bin/message/send':
      case '/wecom/cgi-bin/appchat/send': {
        if (url.searchParams.get('access_token') !== 'wecom-token') return { errcode: 40014, errmsg: 'invalid access_token' };
        const group = path.endsWith('appchat/send');
        const to = String(group ? body['chatid'] : body['touser']);
        const text = (body['markdown'] as { content: string }).content;
        if (Buffer.byteLength(text) > 2048) return { errcode: 45002, errmsg: 'content size out of limit' };
        const key = `${to}\n${text}`;
        const checkedAt = this.wecomChecked.get(key);
        const interval = Number(body['duplicate_check_interval'] ?? 1800) * 1000;
        if (!group && body['enable_duplicate_check'] === 1 && checkedAt !== undefined && this.nowMs - checkedAt < interval) return { errcode: 0, errmsg: 'ok' };
        if (!group) this.wecomChecked.set(key, this.nowMs);
        this.delivered.push({ platform: 'wecom', target: group ? 'group' : 'user', to, title: '', text });
        return { errcode: 0, errmsg: 'ok' };
      }
      default:
        return { code: 404, errcode: 404, msg: `mock has no ${path}` };
    }
  }
}
