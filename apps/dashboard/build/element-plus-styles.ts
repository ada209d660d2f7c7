import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const ELEMENT_PLUS = dirname(createRequire(import.meta.url).resolve('element-plus/package.json'));
/** `import { ElButton, ElTableColumn as Column, vLoading } from 'element-plus'` — the named imports. */
const IMPORT = /import\s*\{([^}]*)\}\s*from\s*['"]element-plus['"]\s*;?/g;

/** ElTableColumn → table-column, vLoading → loading; null for what is not a component (types, helpers). */
function componentFolder(name: string): string | null {
  const bare = /^El([A-Z]\w*)$/.exec(name)?.[1] ?? /^v([A-Z]\w*)$/.exec(name)?.[1];
  if (!bare) return null;
  const folder = bare.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  return existsSync(join(ELEMENT_PLUS, 'es/components', folder, 'style/css.mjs')) ? folder : null;
}

/**
 * Each module that imports Element Plus components also imports their CSS (Element Plus' own
 * per-component entries, which bring the styles of the parts they render): a page's styles load
 * with its chunk instead of the whole 370 KB sheet before anything shows. The same as
 * unplugin-element-plus does, without its Nuxt dependency tree.
 */
export function elementPlusStyles(): Plugin {
  return {
    name: 'jixiao:element-plus-styles',
    enforce: 'post',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.(vue|ts)(\?|$)/.test(id) || !code.includes('element-plus')) return null;
      const folders = new Set<string>();
      for (const match of code.matchAll(IMPORT)) {
        for (const part of (match[1] ?? '').split(',')) {
          const name = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]?.trim() ?? '';
          const folder = componentFolder(name);
          if (folder) folders.add(folder);
        }
      }
      if (folders.size === 0) return null;
      const styles = [...folders].map((folder) => `import 'element-plus/es/components/${folder}/style/css';`).join('\n');
      return { code: `${styles}\n${code}`, map: null };
    },
  };
}
