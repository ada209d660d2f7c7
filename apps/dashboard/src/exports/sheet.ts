import { parseDecimal } from '../utils/decimal-format';

/**
 * A cell of an exported sheet. Money goes in as 万元 computed exactly from the API's 元 (yuan ÷
 * 10,000 has at most six decimals, which a spreadsheet number holds), shown with two decimals as on
 * the page, so a sum in Excel adds the exact amounts rather than rounded ones.
 */
export type Cell =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'integer'; readonly value: number }
  | { readonly kind: 'wanYuan'; readonly yuan: string }
  | { readonly kind: 'percent'; readonly percent: string }
  | { readonly kind: 'score'; readonly score: string }
  | { readonly kind: 'empty' };

export interface Sheet {
  /** The tab's name (≤ 31 characters, no []:*?/\ — Excel's rule). */
  readonly name: string;
  readonly columns: readonly { readonly header: string; readonly width?: number }[];
  readonly rows: readonly (readonly Cell[])[];
}

export const text = (value: string | null | undefined): Cell => (value == null || value === '' ? { kind: 'empty' } : { kind: 'text', value });
export const integer = (value: number): Cell => ({ kind: 'integer', value });
export const wanYuan = (money: { readonly yuan: string } | null | undefined): Cell => (money == null ? { kind: 'empty' } : { kind: 'wanYuan', yuan: money.yuan });
export const percent = (value: string | null | undefined): Cell => (value == null ? { kind: 'empty' } : { kind: 'percent', percent: value });
export const score = (value: string | null | undefined): Cell => (value == null ? { kind: 'empty' } : { kind: 'score', score: value });

/** What the spreadsheet stores and how it shows it. */
export function cellValue(cell: Cell): { value: string | number | null; numFmt?: string } {
  switch (cell.kind) {
    case 'text':
      return { value: cell.value };
    case 'integer':
      return { value: cell.value, numFmt: '0' };
    case 'wanYuan':
      return { value: parseDecimal(cell.yuan).movePointLeft(4).toNumber(), numFmt: '#,##0.00' };
    case 'percent':
      return { value: parseDecimal(cell.percent).movePointLeft(2).toNumber(), numFmt: '0.00%' };
    case 'score':
      return { value: parseDecimal(cell.score).toNumber(), numFmt: '0.00' };
    case 'empty':
      return { value: null };
  }
}
