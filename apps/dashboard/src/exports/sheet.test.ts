import { describe, expect, it } from 'vitest';
import { cellValue, integer, percent, score, text, wanYuan } from './sheet';

describe('export cells', () => {
  it('stores money as exact 万元 from the 元, shown with two decimals as on the page', () => {
    expect(cellValue(wanYuan({ yuan: '907662449.99' }))).toEqual({ value: 90766.244999, numFmt: '#,##0.00' });
    expect(cellValue(wanYuan({ yuan: '918200.00' }))).toEqual({ value: 91.82, numFmt: '#,##0.00' });
  });

  it('stores rates as fractions shown in %, scores and counts as numbers', () => {
    expect(cellValue(percent('58.84'))).toEqual({ value: 0.5884, numFmt: '0.00%' });
    expect(cellValue(score('89.97'))).toEqual({ value: 89.97, numFmt: '0.00' });
    expect(cellValue(integer(150))).toEqual({ value: 150, numFmt: '0' });
  });

  it('keeps text as text (a name starting with "=" is not a formula) and leaves absent values empty', () => {
    expect(cellValue(text('=SUM(A1)'))).toEqual({ value: '=SUM(A1)' });
    expect(cellValue(text(null))).toEqual({ value: null });
    expect(cellValue(percent(null))).toEqual({ value: null });
  });
});
