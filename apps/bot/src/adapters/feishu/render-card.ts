import type { Reply } from '../../messages.js';

/**
 * Feishu renders tables only inside an interactive card (chat-platforms README, rule 6). Card JSON 2.0:
 * a markdown block for the lines, a `table` component for rows and a button for the dashboard link.
 */
export interface FeishuInteractiveMessage {
  readonly msg_type: 'interactive';
  /** The card, serialised: the reply API takes `content` as a JSON string. */
  readonly content: string;
}

export function renderFeishuCard(reply: Reply): FeishuInteractiveMessage {
  const elements: Record<string, unknown>[] = [{ tag: 'markdown', content: reply.lines.join('\n') }];
  if (reply.table !== undefined) {
    const columns = reply.table.header.map((name, i) => ({ name: `c${i}`, display_name: name, data_type: 'text' }));
    const rows = reply.table.rows.map((row) => Object.fromEntries(row.map((cell, i) => [`c${i}`, cell])));
    elements.push({ tag: 'table', page_size: 10, columns, rows });
  }
  if (reply.link !== undefined) {
    elements.push({
      tag: 'button',
      type: 'primary',
      text: { tag: 'plain_text', content: reply.link.text },
      behaviors: [{ type: 'open_url', default_url: reply.link.url }],
    });
  }
  const card = {
    schema: '2.0',
    header: { title: { tag: 'plain_text', content: reply.title }, template: 'blue' },
    body: { elements },
  };
  return { msg_type: 'interactive', content: JSON.stringify(card) };
}
