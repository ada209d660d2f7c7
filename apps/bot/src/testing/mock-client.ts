import { AssertionError } from 'node:assert';
import { renderPlainText } from '../adapters/console/render-text.js';
import type { IncomingMessage, Platform, Reply } from '../messages.js';

export interface MockClientOptions {
  readonly chatUserId: string;
  readonly platform?: Platform;
  readonly chatId?: string;
  readonly isGroup?: boolean;
  readonly mentionedBot?: boolean;
  readonly isFromBot?: boolean;
}

type Expectation = RegExp | string;

/**
 * A conversational test client in the manner of koishi's `client.shouldReply('…', /…/)`: it sends text as one
 * chat user through the platform-free handler and asserts on the reply rendered as plain text.
 */
export class MockClient {
  private sequence = 0;

  constructor(
    private readonly handle: (message: IncomingMessage) => Promise<Reply | null>,
    private readonly options: MockClientOptions,
  ) {}

  /** Sends one message and returns the rendered reply, or null when the bot stays silent. */
  async receive(text: string): Promise<string | null> {
    this.sequence += 1;
    const reply = await this.handle({
      platform: this.options.platform ?? 'console',
      chatUserId: this.options.chatUserId,
      chatId: this.options.chatId ?? 'chat-1',
      isGroup: this.options.isGroup ?? false,
      mentionedBot: this.options.mentionedBot ?? false,
      isFromBot: this.options.isFromBot ?? false,
      messageId: `m-${this.sequence}`,
      text,
      receivedAt: new Date(0),
    });
    return reply === null ? null : renderPlainText(reply);
  }

  /** Asserts a reply that matches every expectation (a string must be contained); returns the reply text. */
  async shouldReply(text: string, ...expectations: Expectation[]): Promise<string> {
    const reply = await this.receive(text);
    if (reply === null) throw new AssertionError({ message: `expected a reply to "${text}", got none` });
    for (const expected of expectations) {
      const ok = typeof expected === 'string' ? reply.includes(expected) : expected.test(reply);
      if (!ok) throw new AssertionError({ message: `reply to "${text}" does not match ${String(expected)}:\n${reply}` });
    }
    return reply;
  }

  /** Asserts a reply in which none of the patterns occurs (e.g. no figures for an unmapped user). */
  async shouldReplyWithout(text: string, ...forbidden: Expectation[]): Promise<string> {
    const reply = await this.shouldReply(text);
    for (const pattern of forbidden) {
      const found = typeof pattern === 'string' ? reply.includes(pattern) : pattern.test(reply);
      if (found) throw new AssertionError({ message: `reply to "${text}" must not match ${String(pattern)}:\n${reply}` });
    }
    return reply;
  }

  async shouldNotReply(text: string): Promise<void> {
    const reply = await this.receive(text);
    if (reply !== null) throw new AssertionError({ message: `expected no reply to "${text}", got:\n${reply}` });
  }
}
