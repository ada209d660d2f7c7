import { zhCN } from '../locales/zh-CN.js';
import type { Reply } from '../messages.js';

/** One piece of a reply's body, in order: a text line or a table row. */
type Piece = { readonly kind: 'line'; readonly text: string } | { readonly kind: 'row'; readonly cells: readonly string[] };

/**
 * Splits a reply that its platform would refuse (`fits` false) into several, none of them dropping anything:
 * lines and table rows are kept in order, each part repeats the title (numbered 1/3, 2/3, …), the alert and the
 * table header; the link and the choices go with the last part. A single line too long for any message is
 * itself cut into pieces.
 */
export function splitReply(reply: Reply, fits: (part: Reply) => boolean): Reply[] {
  if (fits(reply)) return [reply];
  const pieces: Piece[] = [
    ...reply.lines.map((text) => ({ kind: 'line', text }) as const),
    ...(reply.table?.rows ?? []).map((cells) => ({ kind: 'row', cells }) as const),
  ];
  // Measured with the widest numbering a split can have, so that renumbering never overflows a part.
  const probeTitle = zhCN.partTitle(reply.title, 99, 99);
  const groups: Piece[][] = [];
  let current: Piece[] = [];
  for (const piece of pieces.flatMap((p) => cutToFit(p, reply, probeTitle, fits))) {
    const candidate = [...current, piece];
    if (current.length === 0 || fits(build(reply, probeTitle, candidate, false))) current = candidate;
    else {
      groups.push(current);
      current = [piece];
    }
  }
  groups.push(current);
  // The link and the choices ride on the last part; when they do not fit there, they get a part of their own.
  const last = groups.at(-1) ?? [];
  if (!fits(build(reply, probeTitle, last, true))) groups.push([]);
  return groups.map((group, i) => build(reply, zhCN.partTitle(reply.title, i + 1, groups.length), group, i === groups.length - 1));
}

function build(reply: Reply, title: string, pieces: readonly Piece[], isLast: boolean): Reply {
  const rows = pieces.flatMap((p) => (p.kind === 'row' ? [p.cells] : []));
  return {
    title,
    lines: pieces.flatMap((p) => (p.kind === 'line' ? [p.text] : [])),
    ...(reply.table !== undefined && rows.length > 0 ? { table: { header: reply.table.header, rows } } : {}),
    ...(reply.alert === undefined ? {} : { alert: reply.alert }),
    ...(isLast && reply.link !== undefined ? { link: reply.link } : {}),
    ...(isLast && reply.choices !== undefined ? { choices: reply.choices } : {}),
  };
}

/** A line (or a row, as one line of its cells) that cannot fit even alone is cut by characters. */
function cutToFit(piece: Piece, reply: Reply, title: string, fits: (part: Reply) => boolean): Piece[] {
  if (fits(build(reply, title, [piece], false))) return [piece];
  const text = piece.kind === 'line' ? piece.text : piece.cells.join('｜');
  const characters = [...text];
  const out: Piece[] = [];
  let start = 0;
  while (start < characters.length) {
    let end = characters.length;
    // Halve until the chunk fits; the title alone always fits a platform's limit.
    while (end - start > 1 && !fits(build(reply, title, [{ kind: 'line', text: characters.slice(start, end).join('') }], false))) {
      end = start + Math.floor((end - start) / 2);
    }
    out.push({ kind: 'line', text: characters.slice(start, end).join('') });
    start = end;
  }
  return out;
}
