import type { IncomingMessage } from '../../messages.js';
import { parseJsonObject, recordField, stringField } from '../shared/body-limit.js';
import { WebhookRejected } from '../webhook-rejected.js';

/**
 * Turns a verified DingTalk robot callback body into a neutral message. `conversationType` "2" is a group;
 * the bot's own messages carry `senderId === chatbotUserId`. A sender without `senderStaffId` (an external
 * contact) gets an empty chat user id, which never maps to a Jixiao user.
 */
export function parseDingtalkMessage(rawBody: string, receivedAt: Date): IncomingMessage {
  const body = parseJsonObject(rawBody);
  const messageId = stringField(body, 'msgId');
  const chatId = stringField(body, 'conversationId');
  if (messageId === undefined || chatId === undefined) throw new WebhookRejected('malformed-body', 'msgId');
  const senderId = stringField(body, 'senderId');
  const botId = stringField(body, 'chatbotUserId');
  const text = stringField(recordField(body, 'text') ?? {}, 'content') ?? '';
  return {
    platform: 'dingtalk',
    chatUserId: stringField(body, 'senderStaffId') ?? '',
    chatId,
    isGroup: stringField(body, 'conversationType') === '2',
    mentionedBot: body['isInAtList'] === true,
    isFromBot: senderId !== undefined && senderId === botId,
    messageId,
    text: text.trim(),
    receivedAt,
  };
}
