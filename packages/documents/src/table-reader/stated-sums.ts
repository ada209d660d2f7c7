import type { SourceCell } from './cell.js';
import { normalise } from './cell.js';

const NUMBER = String.raw`\d+(?:\.\d+)?`;
/** “89.97=30+30+29.99” and “30+30+29.99=89.97”, with 分 or spaces anywhere. */
const TOTAL_FIRST = new RegExp(String.raw`(${NUMBER})\s*分?\s*=\s*(${NUMBER}\s*分?(?:\s*\+\s*${NUMBER}\s*分?)+)`, 'g');
const PARTS_FIRST = new RegExp(String.raw`(${NUMBER}\s*分?(?:\s*\+\s*${NUMBER}\s*分?)+)\s*=\s*(${NUMBER})`, 'g');

/** Sums a document writes out in its cells (goals, conclusions): the audit checks their arithmetic. */
export function statedSums(cells: readonly SourceCell[]): { text: string; total: string; parts: string[]; where: string }[] {
  const sums: { text: string; total: string; parts: string[]; where: string }[] = [];
  for (const cell of cells) {
    const text = normalise(cell.text);
    if (!text.includes('+') || !text.includes('=')) continue;
    const parts = (written: string) => written.split('+').map((p) => p.replace(/分|\s/g, ''));
    for (const match of text.matchAll(TOTAL_FIRST)) sums.push({ text: match[0].trim(), total: match[1] ?? '', parts: parts(match[2] ?? ''), where: cell.where });
    if (sums.some((s) => s.where === cell.where)) continue;
    for (const match of text.matchAll(PARTS_FIRST)) sums.push({ text: match[0].trim(), total: match[2] ?? '', parts: parts(match[1] ?? ''), where: cell.where });
  }
  return sums;
}
