import type { Page } from 'playwright-core';

export interface RouterPage {
  /** The route's name (screenshot file names, failure messages). */
  readonly name: string;
  /** A path that opens it, its parameters filled in. */
  readonly path: string;
}

interface RouteRecord {
  name: string | null;
  path: string;
  public: boolean;
}

/**
 * Every page the running dashboard's router knows, read from the app in the browser (Vue keeps the
 * app on its mount element), so a page added to the router is covered without editing the test.
 * `samples` fills route parameters (`:id`); a required parameter without a sample fails loudly.
 */
export async function routerPages(page: Page, samples: Readonly<Record<string, string>>): Promise<{ signedIn: RouterPage[]; public: RouterPage[] }> {
  const records = await page.evaluate(() => {
    const app = (document.querySelector('#app') as (Element & { __vue_app__?: { config: { globalProperties: Record<string, unknown> } } }) | null)?.__vue_app__;
    const router = app?.config.globalProperties.$router as { getRoutes(): { name?: unknown; path: string; meta: { public?: boolean }; children: unknown[] }[] } | undefined;
    if (!router) throw new Error('the dashboard app or its router is not on #app');
    return router
      .getRoutes()
      // The layout record itself is a frame around its children, not a page.
      .filter((route) => route.children.length === 0)
      .map((route) => ({ name: typeof route.name === 'string' ? route.name : null, path: route.path, public: route.meta.public === true }));
  });
  const pages = records.map((record: RouteRecord) => ({ ...record, path: fill(record, samples) }));
  return {
    signedIn: pages.filter((p) => !p.public).map(({ name, path }) => ({ name: name ?? path, path })),
    public: pages.filter((p) => p.public).map(({ name, path }) => ({ name: name ?? path, path })),
  };
}

function fill(record: RouteRecord, samples: Readonly<Record<string, string>>): string {
  // The catch-all (not found): any path that no page has.
  if (record.path.includes('(.*)')) return '/no-such-page-e2e';
  return record.path.replace(/:(\w+)(\([^)]*\))?([?*+])?/g, (_whole, param: string, _pattern, modifier?: string) => {
    const sample = samples[param];
    if (sample !== undefined) return sample;
    if (modifier === '?' || modifier === '*') return '';
    throw new Error(`route ${record.name ?? record.path}: no sample value for :${param} — add one in the test`);
  }).replace(/\/+$/, '') || '/';
}
