import { DINGTALK_MAX_TEXT_BYTES, dingtalkText } from '../adapters/dingtalk/render-reply.js';
import { FEISHU_MAX_CONTENT_BYTES } from '../adapters/feishu/render-card.js';
import { WECOM_MAX_CONTENT_BYTES } from '../adapters/wecom/render-reply.js';
import type { OutgoingReply } from './reply-sender.js';

/** Whether the platform accepts this message's size (UTF-8 bytes of the part it limits). */
export function withinPlatformLimit(outgoing: OutgoingReply): boolean {
  switch (outgoing.platform) {
    case 'dingtalk':
      return Buffer.byteLength(dingtalkText(outgoing.body)) <= DINGTALK_MAX_TEXT_BYTES;
    case 'feishu':
      return Buffer.byteLength(outgoing.body.content) <= FEISHU_MAX_CONTENT_BYTES;
    case 'wecom':
      return Buffer.byteLength(outgoing.body.markdown.content) <= WECOM_MAX_CONTENT_BYTES;
  }
}
