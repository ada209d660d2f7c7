import type { SourceCell, SourceRow } from './cell.js';

/**
 * The body of a Word document (word/document.xml) as rows: each table row with its cells (a cell
 * spanning columns — w:gridSpan — is one cell; the lower cells of a vertical merge — w:vMerge
 * without "restart" — are marked `mergedAbove`), and each paragraph outside a table as a row of
 * one cell (titles, the year, notes). Read from the XML itself, so the table's structure is kept.
 */
export function docxRows(documentXml: string): SourceRow[] {
  const rows: SourceRow[] = [];
  const body = /<w:body\b[^>]*>([\s\S]*)<\/w:body>/.exec(documentXml)?.[1] ?? documentXml;
  let table = 0;
  let paragraph = 0;
  for (const block of topLevelBlocks(body)) {
    if (block.startsWith('<w:tbl')) {
      table += 1;
      let rowNumber = 0;
      for (const rowXml of elements(block, 'w:tr')) {
        rowNumber += 1;
        const cells: SourceCell[] = [];
        let column = 1;
        for (const cellXml of elements(rowXml, 'w:tc')) {
          const span = Number(/<w:gridSpan\s+w:val="(\d+)"/.exec(cellXml)?.[1] ?? '1');
          const vMerge = /<w:vMerge(?:\s+w:val="(\w+)")?\s*\/?>/.exec(cellXml);
          const where = `表${table}第${rowNumber}行第${column}列`;
          if (vMerge && vMerge[1] !== 'restart') cells.push({ text: '', where, mergedAbove: true, column });
          else cells.push({ text: paragraphsText(cellXml), where, column });
          column += Number.isFinite(span) && span > 0 ? span : 1;
        }
        rows.push({ cells, reliable: true });
      }
    } else {
      paragraph += 1;
      const text = paragraphsText(block);
      if (text !== '') rows.push({ cells: [{ text, where: `第${paragraph}段` }], reliable: false });
    }
  }
  return rows;
}

/** The body's direct children: tables and paragraphs, in order (a table's paragraphs stay inside it). */
function topLevelBlocks(body: string): string[] {
  const blocks: string[] = [];
  const next = /<w:(tbl|p)[\s>]/g;
  let index = 0;
  for (;;) {
    next.lastIndex = index;
    const match = next.exec(body);
    if (!match) break;
    const end = matchingEnd(body, match.index, `w:${match[1] ?? 'p'}`);
    blocks.push(body.slice(match.index, end));
    index = end;
  }
  return blocks;
}

/** Where the element opened at `start` closes, counting nested elements of the same name. */
function matchingEnd(xml: string, start: number, name: string): number {
  const open = new RegExp(`<${name}[\\s>]|</${name}>`, 'g');
  open.lastIndex = start + 1;
  let depth = 1;
  for (let match = open.exec(xml); match; match = open.exec(xml)) {
    depth += match[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  return xml.length;
}

/** Direct child elements of a name (nested tables keep their rows to themselves). */
function elements(xml: string, name: string): string[] {
  const found: string[] = [];
  const open = new RegExp(`<${name}[\\s>]`, 'g');
  let index = xml.indexOf('>') + 1;
  for (;;) {
    open.lastIndex = index;
    const match = open.exec(xml);
    if (!match) break;
    const end = matchingEnd(xml, match.index, name);
    found.push(xml.slice(match.index, end));
    index = end;
  }
  return found;
}

function paragraphsText(xml: string): string {
  return [...xml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((t) => (t[1] === undefined ? ' ' : decode(t[1]))).join(''))
    .join(' ')
    .trim();
}

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
