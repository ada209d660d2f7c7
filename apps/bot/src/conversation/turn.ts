import type { BotDataPort } from '../data/bot-data-port.js';
import type { BotUser } from '../data/shapes.js';
import type { Reply } from '../messages.js';
import type { ChatState } from './chat-state.js';

/** One answered message: the reply and the chat memory after it. */
export interface Turn {
  readonly reply: Reply;
  readonly state: ChatState;
}

/** What every answer step needs: who asks, through which port, and what the chat remembers. */
export interface TurnInput {
  readonly user: BotUser;
  readonly data: BotDataPort;
  readonly state: ChatState;
}

/** The memory without a pending ask-back: any new question cancels an unanswered one. */
export function settled(state: ChatState): ChatState {
  const { pending: _pending, ...rest } = state;
  return rest;
}
