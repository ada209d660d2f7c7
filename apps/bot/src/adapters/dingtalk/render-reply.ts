import type { Reply, ReplyChoice } from '../../messages.js';
import { replyToMarkdownLines } from '../shared/markdown.js';

export interface DingtalkMarkdownMessage {
  readonly msgtype: 'markdown';
  readonly markdown: { readonly title: string; readonly text: string };
}

/** A markdown text with one button under it (robot send API `actionCard`, single-button form). */
export interface DingtalkActionCardMessage {
  readonly msgtype: 'actionCard';
  readonly actionCard: { readonly title: string; readonly text: string; readonly singleTitle: string; readonly singleURL: string };
}

export type DingtalkMessage = DingtalkMarkdownMessage | DingtalkActionCardMessage;

/**
 * DingTalk's robot messages carry at most about 5,000 characters of markdown; a longer reply is split
 * (replies/split-reply.ts) rather than cut.
 */
export const DINGTALK_MAX_TEXT_BYTES = 5000;

/**
 * DingTalk markdown renders no tables and needs a blank line between lines (robot send API). A reply with a
 * dashboard link becomes an action card whose button opens the page; numbered choices are `dtmd://` links that
 * send the number back when clicked.
 */
export function renderDingtalkReply(reply: Reply): DingtalkMessage {
  const withButton = reply.link !== undefined;
  const text = replyToMarkdownLines(reply, { choiceLine: clickableChoice, withLink: !withButton }).join('\n\n');
  if (reply.link === undefined) return { msgtype: 'markdown', markdown: { title: reply.title, text } };
  return { msgtype: 'actionCard', actionCard: { title: reply.title, text, singleTitle: reply.link.text, singleURL: reply.link.url } };
}

/** The visible text of a rendered message (its size is what the platform limits). */
export function dingtalkText(message: DingtalkMessage): string {
  return message.msgtype === 'markdown' ? message.markdown.text : message.actionCard.text;
}

function clickableChoice(choice: ReplyChoice): string {
  return `[${choice.label}](dtmd://dingtalkclient/sendMessage?content=${encodeURIComponent(choice.text)})`;
}
