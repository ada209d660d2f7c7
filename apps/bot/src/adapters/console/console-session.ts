import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { IncomingMessage, Reply } from '../../messages.js';
import { renderPlainText } from './render-text.js';

export interface ConsoleSessionOptions {
  readonly input: Readable;
  readonly output: Writable;
  readonly handle: (message: IncomingMessage) => Promise<Reply | null>;
  /** The chat user id the console speaks as; it is mapped to a Jixiao user like any platform id. */
  readonly chatUserId: string;
  readonly prompt?: string;
  readonly now?: () => Date;
}

/**
 * A terminal conversation (`pnpm bot`): every line is one 1:1 message through the same handler the chat
 * platforms use, so a demo exercises the real conversation. Resolves when the input ends.
 */
export async function runConsoleSession(options: ConsoleSessionOptions): Promise<void> {
  const now = options.now ?? (() => new Date());
  const prompt = options.prompt ?? '你> ';
  const lines = createInterface({ input: options.input, terminal: false });
  let sequence = 0;
  options.output.write(prompt);
  for await (const line of lines) {
    const text = line.trim();
    if (text !== '') {
      sequence += 1;
      const reply = await options.handle({
        platform: 'console',
        chatUserId: options.chatUserId,
        chatId: 'console',
        isGroup: false,
        mentionedBot: false,
        isFromBot: false,
        messageId: `console-${sequence}`,
        text,
        receivedAt: now(),
      });
      if (reply !== null) options.output.write(`${renderPlainText(reply)}\n`);
    }
    options.output.write(prompt);
  }
  options.output.write('\n');
}
