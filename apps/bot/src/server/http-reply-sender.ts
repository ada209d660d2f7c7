import type { OutgoingReply, ReplySender } from './reply-sender.js';
import type { FeishuServerConfig, WecomServerConfig } from './server-config.js';

const FEISHU_API = 'https://open.feishu.cn/open-apis';
const WECOM_API = 'https://qyapi.weixin.qq.com/cgi-bin';
/** Renew access tokens this long before they expire (both platforms issue them for about two hours). */
const TOKEN_MARGIN_MS = 5 * 60 * 1000;
const SEND_TIMEOUT_MS = 10_000;

interface CachedToken {
  readonly value: string;
  readonly until: number;
}

/** Calls the platforms: DingTalk's sessionWebhook, Feishu's reply API, WeCom's message send API. */
export class HttpReplySender implements ReplySender {
  private feishuToken: CachedToken | undefined;
  private wecomToken: CachedToken | undefined;

  constructor(
    private readonly feishu: FeishuServerConfig | null,
    private readonly wecom: WecomServerConfig | null,
    private readonly now: () => number = Date.now,
  ) {}

  async send(reply: OutgoingReply): Promise<void> {
    switch (reply.platform) {
      case 'dingtalk':
        return expectOk(await post(reply.sessionWebhook, reply.body), 'errcode');
      case 'feishu': {
        const token = await this.feishuAccessToken();
        const url = `${FEISHU_API}/im/v1/messages/${encodeURIComponent(reply.replyTo)}/reply`;
        return expectOk(await post(url, reply.body, { authorization: `Bearer ${token}` }), 'code');
      }
      case 'wecom': {
        const config = required(this.wecom, 'wecom');
        const token = await this.wecomAccessToken(config);
        const body = { touser: reply.toUser, agentid: Number(config.agentId), ...reply.body };
        return expectOk(await post(`${WECOM_API}/message/send?access_token=${encodeURIComponent(token)}`, body), 'errcode');
      }
    }
  }

  private async feishuAccessToken(): Promise<string> {
    if (this.feishuToken !== undefined && this.feishuToken.until > this.now()) return this.feishuToken.value;
    const config = required(this.feishu, 'feishu');
    const answer = await post(`${FEISHU_API}/auth/v3/tenant_access_token/internal`, { app_id: config.appId, app_secret: config.appSecret });
    expectOk(answer, 'code');
    this.feishuToken = token(answer['tenant_access_token'], answer['expire'], this.now());
    return this.feishuToken.value;
  }

  private async wecomAccessToken(config: WecomServerConfig): Promise<string> {
    if (this.wecomToken !== undefined && this.wecomToken.until > this.now()) return this.wecomToken.value;
    const query = `corpid=${encodeURIComponent(config.receiveId)}&corpsecret=${encodeURIComponent(config.corpSecret)}`;
    const response = await fetch(`${WECOM_API}/gettoken?${query}`, { signal: AbortSignal.timeout(SEND_TIMEOUT_MS) });
    const answer = (await response.json()) as Record<string, unknown>;
    expectOk(answer, 'errcode');
    this.wecomToken = token(answer['access_token'], answer['expires_in'], this.now());
    return this.wecomToken.value;
  }
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`${new URL(url).host} answered HTTP ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

/** Both platforms answer HTTP 200 with an error code in the body; 0 (or none) is success. */
function expectOk(answer: Record<string, unknown>, codeField: 'code' | 'errcode'): void {
  const code = answer[codeField];
  if (code !== undefined && code !== 0) throw new Error(`platform error ${String(code)}: ${String(answer['msg'] ?? answer['errmsg'] ?? '')}`);
}

function token(value: unknown, expiresInSeconds: unknown, now: number): CachedToken {
  if (typeof value !== 'string' || typeof expiresInSeconds !== 'number') throw new Error('platform answered no access token');
  return { value, until: now + expiresInSeconds * 1000 - TOKEN_MARGIN_MS };
}

function required<T>(config: T | null, platform: string): T {
  if (config === null) throw new Error(`${platform} is not configured`);
  return config;
}
