import { handleMessage, type ConversationContext } from '../conversation/handle-message.js';
import type { IncomingMessage, Reply } from '../messages.js';
import { serviceErrorReply } from '../replies/notice-replies.js';
import { splitReply } from '../replies/split-reply.js';
import { withinPlatformLimit } from './platform-limits.js';
import type { OutgoingReply, ReplySender } from './reply-sender.js';

export interface AnswerDeps {
  readonly conversation: ConversationContext;
  readonly sender: ReplySender;
  readonly logError: (context: string, error: unknown) => void;
}

/**
 * The slow part, run after the platform has its acknowledgement: the conversation (API calls) and the outbound
 * reply. The delivery is already recorded as handled, so the platform will not retry: when the answer fails, the
 * asker is told so instead of waiting for nothing.
 */
export async function answerLater(deps: AnswerDeps, message: IncomingMessage, route: (reply: Reply) => OutgoingReply): Promise<void> {
  let reply: Reply | null;
  try {
    reply = await handleMessage(message, deps.conversation);
  } catch (error) {
    deps.logError(`answering ${message.platform} message ${message.messageId}`, error);
    reply = serviceErrorReply();
  }
  if (reply === null) return;
  try {
    // In order, one after another: a split reply must arrive as it reads.
    for (const part of splitReply(reply, (candidate) => withinPlatformLimit(route(candidate)))) await deps.sender.send(route(part));
  } catch (error) {
    deps.logError(`sending the ${message.platform} reply to ${message.messageId}`, error);
  }
}
