import type { Reply } from '../../messages.js';
import { replyToMarkdownLines } from '../shared/markdown.js';

export interface DingtalkMarkdownMessage {
  readonly msgtype: 'markdown';
  readonly markdown: { readonly title: string; readonly text: string };
}

/** DingTalk markdown renders no tables and needs a blank line between lines (robot send API). */
export function renderDingtalkReply(reply: Reply): DingtalkMarkdownMessage {
  return { msgtype: 'markdown', markdown: { title: reply.title, text: replyToMarkdownLines(reply).join('\n\n') } };
}
