import { computed, type WritableComputedRef } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { replaceQuery } from '../router/replace-query';

/** How a page state is written in the URL; `parse` answers null for anything it does not accept. */
export interface ParamCodec<T> {
  parse(raw: string): T | null;
  format(value: T): string;
}

export const textParam: ParamCodec<string> = { parse: (raw) => raw, format: (value) => value };

export function oneOfParam<T extends string>(values: readonly T[]): ParamCodec<T> {
  return { parse: (raw) => (values.includes(raw as T) ? (raw as T) : null), format: (value) => value };
}

export function integerParam(min: number, max: number): ParamCodec<number> {
  return {
    parse: (raw) => (/^\d+$/.test(raw) && Number(raw) >= min && Number(raw) <= max ? Number(raw) : null),
    format: (value) => String(value),
  };
}

/**
 * One piece of a page's state (a filter, a sort, a tab) kept in the URL's query: reading parses
 * it (a hand-edited or stale value reads as the fallback), writing replaces the history entry, and
 * the fallback is left out of the URL so that shared links stay short.
 */
export function useQueryParam<T>(name: string, codec: ParamCodec<T>, fallback: T): WritableComputedRef<T> {
  const route = useRoute();
  const router = useRouter();
  return computed({
    get: () => {
      const raw = route.query[name];
      return typeof raw === 'string' ? (codec.parse(raw) ?? fallback) : fallback;
    },
    set: (value) => {
      const text = value === fallback || value === null ? undefined : codec.format(value);
      if ((route.query[name] ?? undefined) === text) return;
      void replaceQuery(router, { [name]: text });
    },
  });
}
