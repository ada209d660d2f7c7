import type { PushClient, PushMessage, PushRecipient } from '../../push/push-client.js';
import type { AccessTokenCache } from '../shared/platform-http.js';
import { expectPlatformOk, postJson } from '../shared/platform-http.js';
import { feishuTenantToken, FEISHU_API, type FeishuAppCredentials } from './tenant-token.js';

/**
 * Feishu's message API, `POST im/v1/messages?receive_id_type=open_id|chat_id`, with the tenant_access_token.
 * The digest is an interactive card (markdown renders there). `uuid` makes the send idempotent: Feishu sends at
 * most one message per uuid within an hour.
 */
export class FeishuMessageClient implements PushClient {
  readonly platform = 'feishu';
  /** A card may be 30 KB of JSON; the markdown leaves room for the card around it and JSON escaping. */
  readonly maxMessageBytes = 20_000;
  readonly lineBreak = '\n';
  private readonly token: AccessTokenCache;

  constructor(
    app: FeishuAppCredentials,
    private readonly base: string = FEISHU_API,
    now?: () => number,
  ) {
    this.token = feishuTenantToken(app, base, now);
  }

  idempotent(): boolean {
    return true;
  }

  async send(recipient: PushRecipient, message: PushMessage, key: string): Promise<void> {
    const type = recipient.target === 'group' ? 'chat_id' : 'open_id';
    const card = {
      schema: '2.0',
      header: { title: { tag: 'plain_text', content: message.title }, template: 'blue' },
      body: { elements: [{ tag: 'markdown', content: message.markdown }] },
    };
    const body = { receive_id: recipient.conversationId, msg_type: 'interactive', content: JSON.stringify(card), uuid: key };
    const answer = await postJson(`${this.base}/im/v1/messages?receive_id_type=${type}`, body, { authorization: `Bearer ${await this.token.get()}` });
    expectPlatformOk(answer, 'code');
  }
}
