import { describe, expect, it } from 'vitest';
import { codePointWidth, displayWidth, padToWidth } from './display-width.js';

describe('displayWidth', () => {
  it('counts Chinese characters and full-width punctuation as 2 columns', () => {
    expect(displayWidth('决策')).toBe(4);
    expect(displayWidth('预算执行率')).toBe(10);
    expect(displayWidth('（含3个园区）')).toBe(13);
    expect(displayWidth('昌州财行，1号')).toBe(13);
    expect(displayWidth('　')).toBe(2); // ideographic space
  });

  it('counts ASCII, digits and ambiguous-width symbols as 1', () => {
    expect(displayWidth('98.30')).toBe(5);
    expect(displayWidth('≥90%')).toBe(4);
    expect(displayWidth('“达成”')).toBe(6);
    expect(displayWidth('5 × 91.02% = 4.55')).toBe(17);
  });

  it('mixes both and ignores zero-width characters', () => {
    expect(displayWidth('≤20万元')).toBe(7);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('\uFEFF决策\u200B')).toBe(4);
    expect(displayWidth('')).toBe(0);
  });

  it('counts characters outside the BMP by code point, not by UTF-16 unit', () => {
    expect(codePointWidth(0x20000)).toBe(2);
    expect(displayWidth('𠀀')).toBe(2);
  });
});

describe('padToWidth', () => {
  it('pads by display width on either side', () => {
    expect(padToWidth('决策', 6)).toBe('决策  ');
    expect(padToWidth('4.55', 6, 'right')).toBe('  4.55');
    expect(padToWidth('预算执行率', 4)).toBe('预算执行率');
  });
});
