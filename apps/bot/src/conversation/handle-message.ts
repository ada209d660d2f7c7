import type { BotDataPort } from '../data/bot-data-port.js';
import { parseIntent } from '../intents/parse-intent.js';
import { resolveMentions } from '../intents/recognise.js';
import type { IncomingMessage, Reply } from '../messages.js';
import { answerSubscriptionCommand } from '../push/answer-subscription.js';
import type { SubscriptionPort } from '../push/subscription-port.js';
import { accessReply, dataDateReply, helpReply } from '../replies/notice-replies.js';
import { answerChoice } from './answer-choice.js';
import { answerProjectMetric } from './answer-project.js';
import { answerUnitQuestion } from './answer-unit.js';
import { CHAT_STATE_TTL_MS, chatStateKey, type ChatStateStore } from './chat-state.js';
import { settled, type Turn, type TurnInput } from './turn.js';

export interface ConversationContext {
  readonly data: BotDataPort;
  readonly state: ChatStateStore;
  /** Injected so that "今年"/"去年" are testable. */
  readonly today: () => Date;
  /** 订阅/取消订阅/我的订阅 (push/); without it those words are ordinary questions. */
  readonly subscriptions?: SubscriptionPort;
}

/**
 * The platform-free conversation: one verified, de-duplicated message in, at most one reply out.
 * Returns null when the bot must stay silent (its own messages; group messages that do not mention it).
 */
export async function handleMessage(message: IncomingMessage, context: ConversationContext): Promise<Reply | null> {
  // chat-platforms README, rule 4.
  if (message.isFromBot || (message.isGroup && !message.mentionedBot)) return null;
  // Rule 5: no data before the chat user is mapped to a Jixiao user.
  const user = message.chatUserId === '' ? null : await context.data.userForChat(message.platform, message.chatUserId);
  if (user === null) return accessReply();
  const subscription = context.subscriptions === undefined ? null : await answerSubscriptionCommand(message, context.subscriptions);
  if (subscription !== null) return subscription;

  const key = chatStateKey(message.platform, message.chatId, message.chatUserId);
  const input: TurnInput = { user, data: context.data, state: (await context.state.get(key)) ?? {} };
  const turn = await answer(input, message.text, context.today());
  await context.state.set(key, turn.state, CHAT_STATE_TTL_MS);
  return turn.reply;
}

async function answer(input: TurnInput, text: string, today: Date): Promise<Turn> {
  const parsed = parseIntent(text, today);
  switch (parsed.kind) {
    case 'choice':
      return answerChoice(input, parsed.index);
    case 'help':
      return {
        reply: parsed.topic === 'dataDate' ? dataDateReply(await input.data.dataAsOf(input.user)) : helpReply(),
        state: settled(input.state),
      };
    default: {
      const candidates = await input.data.projectCandidates(input.user, parsed.fiscalYear);
      const intent = resolveMentions(parsed, { today, candidates, ownUnitName: input.user.unitName });
      switch (intent.kind) {
        case 'projectMetric':
          return answerProjectMetric(input, intent.metric, intent.project, intent.fiscalYear, candidates);
        case 'projectList':
          return answerUnitQuestion(input, { kind: 'list', filter: intent.filter }, intent.unit, intent.fiscalYear);
        case 'unitSummary':
          return answerUnitQuestion(input, { kind: 'summary' }, intent.unit, intent.fiscalYear);
      }
    }
  }
}
