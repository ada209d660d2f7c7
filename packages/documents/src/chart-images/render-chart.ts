import { renderAsync } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import { findCjkFontFiles } from './cjk-fonts.js';

export interface ChartSize {
  /** CSS pixels of the chart; the PNG is rendered at `scale` times this for print. */
  readonly width: number;
  readonly height: number;
}

export interface PngOptions {
  /** Pixel density of the PNG (2 = sharp at the embedded size in print). */
  readonly scale?: number;
  /** Font files to use; by default a CJK font found on this machine (see cjk-fonts.ts). */
  readonly fontFiles?: readonly string[];
  /** Also load every font the system has (slower; off unless no CJK font file was found). */
  readonly loadSystemFonts?: boolean;
}

/**
 * An ECharts option rendered on the server, without a DOM: echarts' SSR mode writes SVG. Animation
 * is switched off so the SVG is the final picture, not its first frame.
 */
export function renderChartSvg(option: object, size: ChartSize): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ ...option, animation: false, backgroundColor: '#ffffff' });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * The same chart as PNG (resvg), for Word, which does not take SVG everywhere. Rasterising runs on
 * libuv's thread pool, not on the event loop: laying out text with a CJK font takes resvg about
 * 25 ms per label, half a second or more per chart, which a server must not spend blocking every
 * other request; charts rendered together also run in parallel.
 */
export async function renderChartPng(option: object, size: ChartSize, options: PngOptions = {}): Promise<Uint8Array> {
  const svg = renderChartSvg(option, size);
  const fontFiles = [...(options.fontFiles ?? findCjkFontFiles())];
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: Math.round(size.width * (options.scale ?? 2)) },
    background: '#ffffff',
    font: {
      fontFiles,
      loadSystemFonts: options.loadSystemFonts ?? fontFiles.length === 0,
      defaultFontFamily: 'Noto Sans CJK SC',
      sansSerifFamily: 'Noto Sans CJK SC',
    },
  });
  return new Uint8Array(image.asPng());
}
