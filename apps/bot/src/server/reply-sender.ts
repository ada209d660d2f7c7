import type { DingtalkMessage } from '../adapters/dingtalk/render-reply.js';
import type { FeishuInteractiveMessage } from '../adapters/feishu/render-card.js';
import type { WecomMarkdownMessage } from '../adapters/wecom/render-reply.js';

/** One rendered answer and where it goes, per platform. */
export type OutgoingReply =
  | { readonly platform: 'dingtalk'; readonly sessionWebhook: string; readonly body: DingtalkMessage }
  | { readonly platform: 'feishu'; readonly replyTo: string; readonly body: FeishuInteractiveMessage }
  | { readonly platform: 'wecom'; readonly toUser: string; readonly body: WecomMarkdownMessage };

/**
 * Sends answers after the platform's request has been acknowledged. The HTTP implementation calls the platforms;
 * tests and the benchmark capture instead, so nothing in them reaches the internet.
 */
export interface ReplySender {
  send(reply: OutgoingReply): Promise<void>;
}
