import type { Reply } from '../../messages.js';

/**
 * Renders a reply as lightweight markdown for DingTalk and legacy WeCom markdown, which display no tables
 * (chat-platforms README, rule 6): table rows become list items with cells separated by "｜".
 */
export function replyToMarkdownLines(reply: Reply): string[] {
  const lines = [`### ${reply.title}`, ...reply.lines];
  if (reply.table !== undefined) {
    lines.push(`**${reply.table.header.join('｜')}**`);
    for (const row of reply.table.rows) lines.push(`- ${row.join('｜')}`);
  }
  if (reply.link !== undefined) lines.push(`[${reply.link.text}](${reply.link.url})`);
  return lines;
}
