import type { Reply, ReplyAlert } from '../../messages.js';

/**
 * Feishu renders tables only inside an interactive card (chat-platforms README, rule 6). Card JSON 2.0:
 * a markdown block for the lines, a `table` component for rows and a button for the dashboard link.
 */
export interface FeishuInteractiveMessage {
  readonly msg_type: 'interactive';
  /** The card, serialised: the reply API takes `content` as a JSON string. */
  readonly content: string;
}

/** Feishu refuses message content over 30 KB; a margin is kept for the request around it. */
export const FEISHU_MAX_CONTENT_BYTES = 28 * 1024;

/** The header colour says the alert at a glance; replies without one keep the neutral blue. */
const HEADER_TEMPLATE: Readonly<Record<ReplyAlert, string>> = { red: 'red', amber: 'orange', green: 'green' };

export function renderFeishuCard(reply: Reply): FeishuInteractiveMessage {
  const choices = reply.choices?.map((c) => c.label) ?? [];
  const elements: Record<string, unknown>[] = [{ tag: 'markdown', content: [...reply.lines, ...choices].join('\n') }];
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
  const template = reply.alert === undefined ? 'blue' : HEADER_TEMPLATE[reply.alert];
  const card = {
    schema: '2.0',
    header: { title: { tag: 'plain_text', content: reply.title }, template },
    body: { elements },
  };
  return { msg_type: 'interactive', content: JSON.stringify(card) };
}
