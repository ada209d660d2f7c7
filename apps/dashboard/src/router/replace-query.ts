import type { LocationQueryRaw, Router } from 'vue-router';

const queues = new WeakMap<Router, Promise<unknown>>();

/**
 * Changes some query parameters of the current page in place (history `replace`). Changes made in
 * the same moment — a region picked in the header resets the list's unit — run one after the
 * other, each on the URL the previous one left: two plain `replace` calls would both start from
 * the old query and the second would undo the first.
 */
export function replaceQuery(router: Router, patch: LocationQueryRaw): Promise<unknown> {
  const next = (queues.get(router) ?? Promise.resolve()).then(() => router.replace({ query: { ...router.currentRoute.value.query, ...patch } })).catch(() => undefined);
  queues.set(router, next);
  return next;
}
