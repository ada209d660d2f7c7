import type { Reply } from '../../messages.js';

/** Display width in a terminal: CJK and full-width characters take two columns. */
function width(text: string): number {
  let columns = 0;
  for (const char of text) columns += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1;
  return columns;
}

function pad(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - width(text)));
}

/** Renders a reply as plain text with an aligned table, for the terminal and for conversational tests. */
export function renderPlainText(reply: Reply): string {
  const lines = [`【${reply.title}】`, ...reply.lines, ...(reply.choices?.map((c) => c.label) ?? [])];
  if (reply.table !== undefined) {
    const rows = [reply.table.header, ...reply.table.rows];
    const widths = reply.table.header.map((_, column) => Math.max(...rows.map((row) => width(row[column] ?? ''))));
    for (const row of rows) lines.push(row.map((cell, column) => pad(cell, widths[column] ?? 0)).join('  ').trimEnd());
  }
  if (reply.link !== undefined) lines.push(`${reply.link.text}：${reply.link.url}`);
  return lines.join('\n');
}
