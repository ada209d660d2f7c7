import type { PushClient, PushMessage, PushRecipient } from '../../push/push-client.js';
import type { AccessTokenCache } from '../shared/platform-http.js';
import { expectPlatformOk, postJson } from '../shared/platform-http.js';
import { wecomAccessToken, WECOM_API, type WecomAppCredentials } from './access-token.js';

/** The longest window WeCom's duplicate check allows (4 hours), far beyond a claim's lease and retries. */
const DUPLICATE_CHECK_SECONDS = 4 * 60 * 60;

export interface WecomAppConfig extends WecomAppCredentials {
  readonly agentId: string;
}

/**
 * WeCom app messages with the access_token: `message/send` to a user, with WeCom's duplicate check (the same
 * content to the same user within the interval is sent once), and `appchat/send` to a group chat, which has no
 * such check. Legacy markdown, at most 2048 bytes.
 */
export class WecomAppMessageClient implements PushClient {
  readonly platform = 'wecom';
  readonly maxMessageBytes = 2048;
  readonly lineBreak = '\n';
  private readonly token: AccessTokenCache;

  constructor(
    private readonly config: WecomAppConfig,
    private readonly base: string = WECOM_API,
    now?: () => number,
  ) {
    this.token = wecomAccessToken(config, base, now);
  }

  idempotent(recipient: PushRecipient): boolean {
    return recipient.target === 'user';
  }

  async send(recipient: PushRecipient, message: PushMessage): Promise<void> {
    const token = encodeURIComponent(await this.token.get());
    const markdown = { msgtype: 'markdown', markdown: { content: message.markdown } };
    const answer =
      recipient.target === 'group'
        ? await postJson(`${this.base}/appchat/send?access_token=${token}`, { chatid: recipient.conversationId, ...markdown })
        : await postJson(`${this.base}/message/send?access_token=${token}`, {
            touser: recipient.conversationId,
            agentid: Number(this.config.agentId),
            ...markdown,
            enable_duplicate_check: 1,
            duplicate_check_interval: DUPLICATE_CHECK_SECONDS,
          });
    expectPlatformOk(answer, 'errcode');
  }
}
