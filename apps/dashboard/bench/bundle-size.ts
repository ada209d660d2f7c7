import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface BundleFile {
  readonly file: string;
  /** What the API sends a browser that accepts brotli: the build's .br twin (or the file, when too small for one). */
  readonly brotli: number;
}

export interface BundleSizes {
  /** JavaScript and CSS the browser must load before the overview's first chart: entry, layout, overview, chart panel with ECharts. */
  readonly beforeFirstChart: readonly BundleFile[];
  readonly total: number;
}

/** Brotli sizes of the static import closure (with its CSS) of the entry, the overview and the chart panel. */
export function bundleSizes(dist: string): BundleSizes {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
  const closure = (keys: readonly string[], seen = new Set<string>()): Set<string> => {
    for (const key of keys) {
      // Views bundled into the entry have no manifest entry of their own.
      if (seen.has(key) || !manifest[key]) continue;
      seen.add(key);
      closure(manifest[key]?.imports ?? [], seen);
    }
    return seen;
  };
  const entry = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  const chunks = closure([...entry, 'src/layouts/basic-layout.vue', 'src/views/overview/index.vue', 'src/charts/chart-panel.vue']);
  const files = new Set([...chunks].flatMap((key) => [manifest[key]?.file ?? '', ...(manifest[key]?.css ?? [])]).filter((file) => file !== ''));
  const sized = [...files].map((file) => {
    const twin = join(dist, `${file}.br`);
    return { file, brotli: statSync(existsSync(twin) ? twin : join(dist, file)).size };
  });
  return { beforeFirstChart: sized, total: sized.reduce((sum, file) => sum + file.brotli, 0) };
}
