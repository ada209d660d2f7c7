import type { PushClient, PushMessage, PushRecipient } from '../../push/push-client.js';
import { AccessTokenCache, postJson } from '../shared/platform-http.js';

export const DINGTALK_OPEN_API = 'https://api.dingtalk.com';

export interface DingtalkRobotConfig {
  /** The app's AppKey (Client ID) and AppSecret (Client Secret). */
  readonly appKey: string;
  readonly appSecret: string;
  /** The robot's code; for an enterprise-internal app's robot it is the AppKey. */
  readonly robotCode: string;
}

/**
 * DingTalk's robot send API for an enterprise-internal robot: `robot/groupMessages/send` to a group
 * (openConversationId), `robot/oToMessages/batchSend` to one user (staff id), markdown as `sampleMarkdown`.
 * The access token comes from `oauth2/accessToken` and is cached. DingTalk takes no idempotency key, so a send
 * of unknown outcome must not be repeated.
 */
export class DingtalkRobotClient implements PushClient {
  readonly platform = 'dingtalk';
  /** Conservative for sampleMarkdown's text. */
  readonly maxMessageBytes = 5000;
  readonly lineBreak = '\n\n';
  private readonly token: AccessTokenCache;

  constructor(
    private readonly config: DingtalkRobotConfig,
    private readonly base: string = DINGTALK_OPEN_API,
    now?: () => number,
  ) {
    this.token = new AccessTokenCache(async () => {
      const answer = await postJson(`${base}/v1.0/oauth2/accessToken`, { appKey: config.appKey, appSecret: config.appSecret });
      return { value: answer['accessToken'], expiresInSeconds: answer['expireIn'] };
    }, now);
  }

  idempotent(): boolean {
    return false;
  }

  async send(recipient: PushRecipient, message: PushMessage): Promise<void> {
    const headers = { 'x-acs-dingtalk-access-token': await this.token.get() };
    const content = { robotCode: this.config.robotCode, msgKey: 'sampleMarkdown', msgParam: JSON.stringify({ title: message.title, text: message.markdown }) };
    const answer =
      recipient.target === 'group'
        ? await postJson(`${this.base}/v1.0/robot/groupMessages/send`, { ...content, openConversationId: recipient.conversationId }, headers)
        : await postJson(`${this.base}/v1.0/robot/oToMessages/batchSend`, { ...content, userIds: [recipient.conversationId] }, headers);
    // Success answers carry a processQueryKey; a refused one for a user lists it as invalid.
    const invalid = answer['invalidStaffIdList'];
    if (Array.isArray(invalid) && invalid.length > 0) throw new Error(`dingtalk refused the recipient ${recipient.conversationId}`);
    if (typeof answer['processQueryKey'] !== 'string') throw new Error(`dingtalk answered no processQueryKey: ${String(answer['message'] ?? answer['code'] ?? '')}`);
  }
}
