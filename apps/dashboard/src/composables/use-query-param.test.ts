import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { mountWithApp } from '../testing/mount';
import { integerParam, oneOfParam, useQueryParam } from './use-query-param';

async function mountAt(url: string) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: { template: '<div />' } }] });
  await router.push(url);
  let state!: { sort: ReturnType<typeof useQueryParam<'name' | 'score'>>; size: ReturnType<typeof useQueryParam<number>> };
  const Probe = defineComponent({
    setup() {
      state = { sort: useQueryParam('sort', oneOfParam(['name', 'score'] as const), 'name'), size: useQueryParam('size', integerParam(1, 100), 20) };
      return () => h('div');
    },
  });
  mountWithApp(Probe, { global: { plugins: [router] } });
  return { router, state };
}

describe('useQueryParam', () => {
  it('reads a page state from the URL, and anything it cannot accept as the fallback', async () => {
    expect((await mountAt('/?sort=score&size=50')).state.sort.value).toBe('score');
    const stale = await mountAt('/?sort=drop&size=5000');
    expect(stale.state.sort.value).toBe('name');
    expect(stale.state.size.value).toBe(20);
  });

  it('writes a change into the URL, leaving the fallback out so links stay short', async () => {
    const { router, state } = await mountAt('/?keep=1');
    state.size.value = 50;
    await new Promise((resolve) => setTimeout(resolve));
    expect(router.currentRoute.value.query).toEqual({ keep: '1', size: '50' });
    state.size.value = 20;
    await new Promise((resolve) => setTimeout(resolve));
    expect(router.currentRoute.value.query).toEqual({ keep: '1' });
  });
});
