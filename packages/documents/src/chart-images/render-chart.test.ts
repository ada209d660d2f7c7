import { scoreByDimension } from '@jixiao/charts';
import { describe, expect, it } from 'vitest';
import { findCjkFontFiles } from './cjk-fonts.js';
import { renderChartPng, renderChartSvg } from './render-chart.js';

const option = scoreByDimension({ dimensions: [{ name: '决策', weight: 20, score: 20 }, { name: '过程', weight: 20, score: 19.55 }] });

describe('server-side chart rendering', () => {
  it('renders SVG with the Chinese labels and two-decimal numbers, parseable (quotes escaped)', () => {
    const svg = renderChartSvg(option, { width: 480, height: 300 });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('决策');
    expect(svg).toContain('19.55');
    expect(svg).not.toMatch(/style="[^"]*"[A-Za-z]/);
  });

  it('renders a PNG at twice the size; with a CJK font the glyphs add ink', async () => {
    const png = await renderChartPng(option, { width: 480, height: 300 });
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = new DataView(png.buffer, png.byteOffset).getUint32(16);
    expect(width).toBe(960);
    // Without any font file the same chart has no text glyphs and compresses smaller.
    if (findCjkFontFiles().length > 0) {
      const bare = await renderChartPng(option, { width: 480, height: 300 }, { fontFiles: [], loadSystemFonts: false });
      expect(png.length).toBeGreaterThan(bare.length);
    }
  });

  it('rasterises off the event loop: callbacks queued after the call run before the PNG is ready', async () => {
    const order: string[] = [];
    const rendering = renderChartPng(option, { width: 480, height: 300 }).then(() => order.push('png'));
    await new Promise<void>((resolve) => setImmediate(() => resolve(void order.push('event loop'))));
    await rendering;
    expect(order).toEqual(['event loop', 'png']);
  });

  it('finds the configured font first', () => {
    const found = findCjkFontFiles({ JIXIAO_CJK_FONT: '/nonexistent/font.ttc' });
    expect(found).not.toContain('/nonexistent/font.ttc');
  });
});
