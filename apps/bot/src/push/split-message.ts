/**
 * Packs lines into as few messages as fit `maxBytes` (UTF-8) each, in order, never dropping or truncating
 * anything: a line longer than a whole message is cut at character boundaries and continues in the next one.
 */
export function splitIntoMessages(lines: readonly string[], maxBytes: number, lineBreak: string): string[] {
  const separatorBytes = Buffer.byteLength(lineBreak);
  if (maxBytes <= separatorBytes) throw new RangeError(`maxBytes ${maxBytes} leaves no room for text`);
  const messages: string[] = [];
  let current: string[] = [];
  let currentBytes = 0;
  const flush = () => {
    if (current.length > 0) messages.push(current.join(lineBreak));
    current = [];
    currentBytes = 0;
  };
  for (const line of lines.flatMap((l) => cutLongLine(l, maxBytes))) {
    const bytes = Buffer.byteLength(line);
    const added = current.length === 0 ? bytes : currentBytes + separatorBytes + bytes;
    if (added > maxBytes) {
      flush();
      current = [line];
      currentBytes = bytes;
    } else {
      current.push(line);
      currentBytes = added;
    }
  }
  flush();
  return messages;
}

function cutLongLine(line: string, maxBytes: number): string[] {
  if (Buffer.byteLength(line) <= maxBytes) return [line];
  const pieces: string[] = [];
  let piece = '';
  let bytes = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (bytes + size > maxBytes) {
      pieces.push(piece);
      piece = '';
      bytes = 0;
    }
    piece += char;
    bytes += size;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}
