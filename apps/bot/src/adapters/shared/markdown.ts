import type { Reply, ReplyChoice } from '../../messages.js';

/**
 * Renders a reply as lightweight markdown for DingTalk and legacy WeCom markdown, which display no tables
 * (chat-platforms README, rule 6): table rows become list items with cells separated by "｜". `choiceLine`
 * renders a numbered choice (DingTalk makes it clickable); `withLink` false leaves the link to a button.
 */
export function replyToMarkdownLines(
  reply: Reply,
  options: { readonly choiceLine?: (choice: ReplyChoice) => string; readonly withLink?: boolean } = {},
): string[] {
  const lines = [`### ${reply.title}`, ...reply.lines];
  if (reply.table !== undefined) {
    lines.push(`**${reply.table.header.join('｜')}**`);
    for (const row of reply.table.rows) lines.push(`- ${row.join('｜')}`);
  }
  if (reply.choices !== undefined && options.choiceLine !== undefined) lines.push(...reply.choices.map(options.choiceLine));
  if (reply.link !== undefined && options.withLink !== false) lines.push(`[${reply.link.text}](${reply.link.url})`);
  return lines;
}
