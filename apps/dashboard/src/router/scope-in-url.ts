import type { LocationQuery, LocationQueryRaw, RouteLocationNormalized, Router } from 'vue-router';
import { watch } from 'vue';
import type { useScopeStore } from '../stores/scope-store';
import { replaceQuery } from './replace-query';

type ScopeStore = ReturnType<typeof useScopeStore>;

const YEAR = /^\d{4}$/;
const REGION = /^\d{6}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function single(query: LocationQuery, name: string, pattern: RegExp): string | null {
  const value = query[name];
  return typeof value === 'string' && pattern.test(value) ? value : null;
}

/** Takes the year, region and as-of date a link names into the store (what it does not name stays). */
export function applyScopeQuery(scope: ScopeStore, query: LocationQuery): void {
  const year = single(query, 'year', YEAR);
  if (year !== null && Number(year) !== scope.fiscalYear) scope.chooseYear(Number(year));
  const region = single(query, 'region', REGION);
  if (region !== null) scope.regionCode = region;
  const asOf = single(query, 'asOf', DATE);
  if (asOf !== null) scope.asOf = asOf;
}

/** The store's scope as query parameters: absent when it is the default. */
export function scopeQuery(scope: ScopeStore): LocationQueryRaw {
  return {
    year: scope.fiscalYear === null ? undefined : String(scope.fiscalYear),
    region: scope.regionCode ?? undefined,
    asOf: scope.asOf ?? undefined,
  };
}

function sameScope(query: LocationQuery, wanted: LocationQueryRaw): boolean {
  return (['year', 'region', 'asOf'] as const).every((name) => (query[name] ?? undefined) === wanted[name]);
}

/** A page named by an id (/projects/:id): the year and region do not change what it shows, so its URL stays the record's. */
function showsOneRecord(route: RouteLocationNormalized): boolean {
  return Object.keys(route.params).length > 0;
}

/**
 * Year, region and as-of date live in the URL of every signed-in page, so that a reload restores
 * the view and a shared link opens the same one: a link's parameters go into the store (on the
 * first page before anything is asked, so the start-up warm-up asks the same question), a change
 * in the store (the header's selects, a drill-down) is written back with `replace`, and a
 * navigation that names no scope (the menu) keeps the current one in its URL. A record's own page
 * (/projects/:id) keeps a plain URL.
 */
export function syncScopeWithUrl(router: Router, scope: ScopeStore, initialUrl: string): void {
  applyScopeQuery(scope, router.resolve(initialUrl).query);
  router.beforeEach((to) => {
    if (to.meta.public) return true;
    applyScopeQuery(scope, to.query);
    if (showsOneRecord(to)) return true;
    const wanted = scopeQuery(scope);
    return sameScope(to.query, wanted) ? true : { path: to.path, hash: to.hash, query: { ...to.query, ...wanted }, replace: true };
  });
  watch(
    () => scopeQuery(scope),
    (wanted) => {
      const current = router.currentRoute.value;
      if (current.meta.public || current.matched.length === 0 || showsOneRecord(current) || sameScope(current.query, wanted)) return;
      void replaceQuery(router, wanted);
    },
  );
}
