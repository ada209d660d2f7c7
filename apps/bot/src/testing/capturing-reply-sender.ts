import { dingtalkText } from '../adapters/dingtalk/render-reply.js';
import type { OutgoingReply, ReplySender } from '../server/reply-sender.js';

/** Keeps every reply instead of calling a platform: tests and the benchmark never reach the internet. */
export class CapturingReplySender implements ReplySender {
  readonly sent: OutgoingReply[] = [];
  private readonly waiters: ((reply: OutgoingReply) => void)[] = [];

  send(reply: OutgoingReply): Promise<void> {
    this.sent.push(reply);
    this.waiters.shift()?.(reply);
    return Promise.resolve();
  }

  /** The next reply sent from now on (the benchmark's "reply out" moment). */
  next(): Promise<OutgoingReply> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}

/** The reply's visible text, whatever the platform's format. */
export function replyText(reply: OutgoingReply): string {
  switch (reply.platform) {
    case 'dingtalk':
      return dingtalkText(reply.body);
    case 'feishu':
      return reply.body.content;
    case 'wecom':
      return reply.body.markdown.content;
  }
}
