import { describe, expect, it } from 'vitest';
import { splitIntoMessages } from '../split-message.js';

describe('splitIntoMessages', () => {
  it('keeps short lines in one message', () => {
    expect(splitIntoMessages(['a', 'b'], 100, '\n')).toEqual(['a\nb']);
  });

  it('starts a new message before the limit; a line longer than a message is cut at characters, never dropped', () => {
    const messages = splitIntoMessages(['综'.repeat(3), '治'.repeat(5)], 9, '\n');
    // 综 is 3 bytes: 9 bytes hold three of them.
    expect(messages).toEqual(['综综综', '治治治', '治治']);
  });

  it('every message fits, and joined back they are the lines in order (mixed widths, many limits)', () => {
    const words = ['综治', 'a', '预算执行率 91.02%', '😀', '', '政法委'.repeat(30), 'x'.repeat(57)];
    for (let seed = 1; seed <= 300; seed += 1) {
      const lines = Array.from({ length: seed % 13 }, (_, i) => words[(seed * 7 + i * 3) % words.length] ?? '');
      const max = 8 + ((seed * 37) % 190);
      const lineBreak = seed % 2 === 0 ? '\n' : '\n\n';
      const messages = splitIntoMessages(lines, max, lineBreak);
      for (const m of messages) expect(Buffer.byteLength(m)).toBeLessThanOrEqual(max);
      expect(messages.join('').replaceAll(lineBreak, '')).toBe(lines.join(''));
    }
  });
});
