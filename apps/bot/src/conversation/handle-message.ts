import type { BotDataPort } from '../data/bot-data-port.js';
import type { ProjectCandidate } from '../intents/project-candidate.js';
import { parseIntent } from '../intents/parse-intent.js';
import { latestYearWithData, resolveMentions, type ResolvedIntent } from '../intents/recognise.js';
import type { TimeRef } from '../intents/time-phrases.js';
import type { IncomingMessage, Reply } from '../messages.js';
import { answerSubscriptionCommand } from '../push/answer-subscription.js';
import { parseSubscriptionCommand } from '../push/subscription-command.js';
import type { SubscriptionPort } from '../push/subscription-port.js';
import { accessReply, dataDateReply, fullAlreadyReply, helpReply, subscriptionUnavailableReply, withYearNote } from '../replies/notice-replies.js';
import { answerChoice } from './answer-choice.js';
import { answerProjectMetric, showProject } from './answer-project.js';
import { answerRegionQuestion, runRegionQuestion } from './answer-region.js';
import { answerUnitQuestion, listTurn, runUnitQuestion } from './answer-unit.js';
import { CHAT_STATE_TTL_MS, chatStateKey, discussedYear, type ChatStateStore, type LastQuestion } from './chat-state.js';
import { settled, type Turn, type TurnInput } from './turn.js';

export interface ConversationContext {
  readonly data: BotDataPort;
  readonly state: ChatStateStore;
  /** Injected so that the calendar year beside "今年" is testable. */
  readonly today: () => Date;
  /** 订阅/取消订阅/我的订阅 (push/), answered before the question parser; without it "订阅" is not available here. */
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
  const command = parseSubscriptionCommand(message.text);
  if (command !== null) return context.subscriptions === undefined ? subscriptionUnavailableReply() : answerSubscriptionCommand(command, message, context.subscriptions);

  const key = chatStateKey(message.platform, message.chatId, message.chatUserId);
  const input: TurnInput = { user, data: context.data, state: (await context.state.get(key)) ?? {} };
  const turn = await answer(input, message, context);
  await context.state.set(key, turn.state, CHAT_STATE_TTL_MS);
  return turn.reply;
}

async function answer(input: TurnInput, message: IncomingMessage, context: ConversationContext): Promise<Turn> {
  const parsed = parseIntent(message.text);
  switch (parsed.kind) {
    case 'choice':
      return answerChoice(input, parsed.index);
    case 'help':
      return {
        reply: parsed.topic === 'dataDate' ? dataDateReply(await input.data.dataAsOf(input.user)) : helpReply(),
        state: settled(input.state),
      };
    case 'detail':
      return answerDetail(input);
    default: {
      const [candidates, regions] = await Promise.all([input.data.projectCandidates(input.user, null), input.data.regions(input.user)]);
      const intent = resolveMentions(parsed, { candidates, ownUnitName: input.user.unitName, regions, discussedYear: discussedYear(input.state) });
      const turn = await answerResolved(input, intent, latestYearWithData(candidates), candidates);
      return { ...turn, reply: yearNoted(turn.reply, parsed.time, intent.fiscalYear, context.today()) };
    }
  }
}

async function answerResolved(input: TurnInput, intent: ResolvedIntent, latest: number | null, candidates: readonly ProjectCandidate[]): Promise<Turn> {
  switch (intent.kind) {
    case 'projectMetric': {
      const last = input.state.lastQuestion;
      // "去年呢" after a list or a summary asks that again; after a project, the project (answerProjectMetric).
      if (intent.yearOnly && last !== undefined && last.kind !== 'project') return askAgain(input, last, intent.fiscalYear);
      return answerProjectMetric(input, intent, candidates);
    }
    case 'projectList':
      if (intent.regionCode !== null) return listTurn(input, intent.filter, null, intent.regionCode, intent.fiscalYear);
      return answerUnitQuestion(input, { kind: 'list', filter: intent.filter }, intent.unit, intent.fiscalYear);
    case 'unitSummary':
      return answerUnitQuestion(input, { kind: 'summary' }, intent.unit, intent.fiscalYear);
    case 'regionSummary':
      return answerRegionQuestion(input, intent.region, intent.focus, intent.fiscalYear ?? latest);
  }
}

/** The last list, summary or region question again, for the year a follow-up names. */
async function askAgain(input: TurnInput, last: Exclude<LastQuestion, { kind: 'project' }>, fiscalYear: number | null): Promise<Turn> {
  switch (last.kind) {
    case 'list':
      return listTurn(input, last.filter, last.unitName, last.regionCode, fiscalYear);
    case 'unit':
      return runUnitQuestion(input, { kind: 'summary' }, last.unitName, fiscalYear);
    case 'region':
      return runRegionQuestion(input, last.regionCode, last.focus, fiscalYear ?? last.fiscalYear);
  }
}

/** "详细": the last project answer in full (every line of the derivation, every indicator). */
async function answerDetail(input: TurnInput): Promise<Turn> {
  const last = input.state.lastQuestion;
  if (last?.kind !== 'project') return { reply: fullAlreadyReply(), state: settled(input.state) };
  return showProject(input, last.metric, last.aspect, last.project, true);
}

/**
 * "今年" is read as the latest year with data; when that is not the calendar year the reply says so, so that an
 * answer about 2022 is never mistaken for one about 2026.
 */
function yearNoted(reply: Reply, time: TimeRef, fiscalYear: number | null, today: Date): Reply {
  if (time.kind !== 'relative' || fiscalYear === null) return reply;
  const calendarYear = today.getFullYear() + time.offset;
  return fiscalYear === calendarYear ? reply : withYearNote(reply, fiscalYear);
}
