import type { Unplaced } from '@jixiao/documents';
import { lines } from '../cli-io.js';

/** Longer statements are shortened on the terminal; `audit --json` and the reason keep what is needed to find them. */
const MAX_SHOWN_CHARACTERS = 80;

/**
 * The stderr warning listing what a report or sheet reader saw but could not place: the user must
 * know that these statements took no part in the score or the audit.
 */
export function unplacedWarning(file: string, unplaced: readonly Unplaced[]): string {
  return lines(
    `警告：${file} 中有 ${unplaced.length} 处内容未能读入项目（未参与计分与审计）：`,
    ...unplaced.map((u, i) => `  ${i + 1}. ${u.where === undefined ? '' : `[${u.where}] `}“${shown(u.text)}”：${u.reason}`),
  );
}

/** What the table reader decided on the user's behalf (the sheet's own weights, a row it scored from): said, not hidden. */
export function readerNotes(file: string, notes: readonly Unplaced[]): string {
  return lines(
    `说明：读取 ${file} 时：`,
    ...notes.map((n, i) => `  ${i + 1}. ${n.where ? `[${n.where}] ` : ''}${n.text === '' ? '' : `“${shown(n.text)}”：`}${n.reason}`),
  );
}

/** One line (paragraphs and cells can span several), cut at a character boundary with its full length named. */
function shown(text: string): string {
  const characters = [...text.replace(/\s*\n\s*/g, ' ')];
  return characters.length <= MAX_SHOWN_CHARACTERS ? characters.join('') : `${characters.slice(0, MAX_SHOWN_CHARACTERS).join('')}…（共 ${characters.length} 字）`;
}
