import type { IncomingMessage } from '../../messages.js';
import { isRecord, parseJsonObject, recordField, stringField } from '../shared/body-limit.js';
import { WebhookRejected } from '../webhook-rejected.js';

/**
 * Turns a decrypted `im.message.receive_v1` event into a neutral message. Mentions appear in the text as
 * keys such as "@_user_1"; they are removed, and the bot counts as mentioned only when one of them carries
 * the bot's own open_id. `sender_type` "app" marks messages from bots, ours included.
 */
export function parseFeishuMessage(event: Record<string, unknown>, eventId: string, botOpenId: string, receivedAt: Date): IncomingMessage {
  const message = recordField(event, 'message');
  const sender = recordField(event, 'sender');
  const messageChatId = message === undefined ? undefined : stringField(message, 'chat_id');
  if (message === undefined || sender === undefined || messageChatId === undefined) {
    throw new WebhookRejected('malformed-body', 'message');
  }
  const mentions = Array.isArray(message['mentions']) ? message['mentions'].filter(isRecord) : [];
  let text = message['message_type'] === 'text' ? textContent(stringField(message, 'content')) : '';
  for (const mention of mentions) {
    const key = stringField(mention, 'key');
    if (key !== undefined) text = text.split(key).join(' ');
  }
  return {
    platform: 'feishu',
    chatUserId: stringField(recordField(sender, 'sender_id') ?? {}, 'open_id') ?? '',
    chatId: messageChatId,
    isGroup: message['chat_type'] === 'group',
    mentionedBot: mentions.some((m) => stringField(recordField(m, 'id') ?? {}, 'open_id') === botOpenId),
    isFromBot: sender['sender_type'] === 'app',
    messageId: eventId,
    text: text.replace(/\s+/g, ' ').trim(),
    receivedAt,
  };
}

/** The `content` of a text message is itself JSON: {"text": "…"}. */
function textContent(content: string | undefined): string {
  if (content === undefined) return '';
  return stringField(parseJsonObject(content), 'text') ?? '';
}
