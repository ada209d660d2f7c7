import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface BundleSizes {
  /** JavaScript the browser must load before the overview shows its figures (entry, layout, overview view). */
  readonly initialRouteGzip: number;
  /** The lazily loaded chart panel with ECharts, fetched once the overview renders. */
  readonly chartsGzip: number;
  readonly files: readonly { file: string; gzip: number }[];
}

/** Gzip sizes (level 9, what a static server precompresses) of the overview's static import closure. */
export function bundleSizes(dist: string): BundleSizes {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
  const gzip = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
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
  const initial = closure([...entry, 'src/layouts/basic-layout.vue', 'src/views/overview/index.vue']);
  const charts = [...closure(['src/charts/chart-panel.vue'])].filter((key) => !initial.has(key));
  const sum = (keys: Iterable<string>) => [...keys].reduce((total, key) => total + gzip(manifest[key]?.file ?? ''), 0);
  const jsOnly = (keys: Iterable<string>) => [...keys].filter((key) => manifest[key]?.file.endsWith('.js'));
  return {
    initialRouteGzip: sum(jsOnly(initial)),
    chartsGzip: sum(jsOnly(charts)),
    files: jsOnly([...initial, ...charts]).map((key) => ({ file: manifest[key]?.file ?? key, gzip: gzip(manifest[key]?.file ?? '') })),
  };
}
