import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { IncomingMessage } from '../../../messages.js';
import { runConsoleSession } from '../console-session.js';
import { renderPlainText } from '../render-text.js';

describe('runConsoleSession', () => {
  it('turns each non-empty line into a 1:1 message and prints the reply', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const seen: IncomingMessage[] = [];
    const session = runConsoleSession({
      input,
      output,
      chatUserId: 'staff-001',
      now: () => new Date(0),
      handle: (message) => {
        seen.push(message);
        return Promise.resolve(message.text === '静默' ? null : { title: '回声', lines: [message.text] });
      },
    });
    input.end('综治工作经费执行率多少\n\n静默\n');
    await session;
    const printed = output.read() as Buffer;
    expect(printed.toString()).toBe('你> 【回声】\n综治工作经费执行率多少\n你> 你> 你> \n');
    expect(seen.map((m) => [m.platform, m.chatUserId, m.isGroup, m.messageId, m.text])).toEqual([
      ['console', 'staff-001', false, 'console-1', '综治工作经费执行率多少'],
      ['console', 'staff-001', false, 'console-2', '静默'],
    ]);
  });
});

describe('renderPlainText', () => {
  it('aligns table columns by display width, counting CJK characters as two', () => {
    const text = renderPlainText({
      title: '列表',
      lines: [],
      table: { header: ['项目', 'x'], rows: [['综治工作经费', '1'], ['ab', '22']] },
      link: { text: '看板', url: 'https://e/' },
    });
    expect(text).toBe('【列表】\n项目          x\n综治工作经费  1\nab            22\n看板：https://e/');
  });
});
