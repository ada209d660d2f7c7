import { feishuTenantToken, FEISHU_API } from '../adapters/feishu/tenant-token.js';
import type { AccessTokenCache } from '../adapters/shared/platform-http.js';
import { expectPlatformOk, postJson } from '../adapters/shared/platform-http.js';
import { wecomAccessToken, WECOM_API } from '../adapters/wecom/access-token.js';
import type { OutgoingReply, ReplySender } from './reply-sender.js';
import type { FeishuServerConfig, WecomServerConfig } from './server-config.js';

/** Calls the platforms: DingTalk's sessionWebhook, Feishu's reply API, WeCom's message send API. */
export class HttpReplySender implements ReplySender {
  private readonly feishuToken: AccessTokenCache | null;
  private readonly wecomToken: AccessTokenCache | null;

  constructor(
    feishu: FeishuServerConfig | null,
    private readonly wecom: WecomServerConfig | null,
    now: () => number = Date.now,
  ) {
    this.feishuToken = feishu === null ? null : feishuTenantToken(feishu, FEISHU_API, now);
    this.wecomToken = wecom === null ? null : wecomAccessToken({ corpId: wecom.receiveId, corpSecret: wecom.corpSecret }, WECOM_API, now);
  }

  async send(reply: OutgoingReply): Promise<void> {
    switch (reply.platform) {
      case 'dingtalk':
        return expectPlatformOk(await postJson(reply.sessionWebhook, reply.body), 'errcode');
      case 'feishu': {
        const token = await required(this.feishuToken, 'feishu').get();
        const url = `${FEISHU_API}/im/v1/messages/${encodeURIComponent(reply.replyTo)}/reply`;
        return expectPlatformOk(await postJson(url, reply.body, { authorization: `Bearer ${token}` }), 'code');
      }
      case 'wecom': {
        const config = required(this.wecom, 'wecom');
        const token = await required(this.wecomToken, 'wecom').get();
        const body = { touser: reply.toUser, agentid: Number(config.agentId), ...reply.body };
        return expectPlatformOk(await postJson(`${WECOM_API}/message/send?access_token=${encodeURIComponent(token)}`, body), 'errcode');
      }
    }
  }
}

function required<T>(config: T | null, platform: string): T {
  if (config === null) throw new Error(`${platform} is not configured`);
  return config;
}
