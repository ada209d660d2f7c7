import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { useScopeStore } from '../stores/scope-store';
import { syncScopeWithUrl } from './scope-in-url';

const page = { template: '<div />' };
function setUp(initialUrl: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'overview', component: page },
      { path: '/projects', name: 'projects', component: page },
      { path: '/projects/:id', name: 'project-detail', component: page },
      { path: '/login', name: 'login', component: page, meta: { titleKey: 'menu.login', public: true } },
    ],
  });
  const scope = useScopeStore();
  syncScopeWithUrl(router, scope, initialUrl);
  return { router, scope };
}

describe('the scope in the URL', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('opens a shared link with its year, region and as-of date, before anything is asked', () => {
    const { scope } = setUp('/?year=2024&region=652302&asOf=2024-06-30');
    expect(scope).toMatchObject({ fiscalYear: 2024, yearChosen: true, regionCode: '652302', asOf: '2024-06-30' });
  });

  it('ignores parameters it cannot read instead of asking the API with them', () => {
    const { scope } = setUp('/?year=abc&region=65&asOf=yesterday');
    expect(scope).toMatchObject({ fiscalYear: null, yearChosen: false, regionCode: null, asOf: null });
  });

  it('writes the store’s changes back into the URL (a reload restores the view)', async () => {
    const { router, scope } = setUp('/');
    await router.push('/');
    scope.setDefaultYear(2025);
    scope.regionCode = '652323';
    await nextTick();
    await router.isReady();
    await new Promise((resolve) => setTimeout(resolve));
    expect(router.currentRoute.value.query).toEqual({ year: '2025', region: '652323' });
    // The API's default year in the URL does not count as a choice (the overview keeps its one round trip).
    expect(scope.yearChosen).toBe(false);
    scope.regionCode = null;
    await nextTick();
    await new Promise((resolve) => setTimeout(resolve));
    expect(router.currentRoute.value.query).toEqual({ year: '2025' });
  });

  it('keeps the scope when a navigation names none (the menu), and takes the one a link names', async () => {
    const { router, scope } = setUp('/?year=2024&region=652302');
    await router.push('/?year=2024&region=652302');
    await router.push({ name: 'projects', query: { unit: 'u1' } });
    expect(router.currentRoute.value.query).toEqual({ unit: 'u1', year: '2024', region: '652302' });
    await router.push({ name: 'projects', query: { year: '2023' } });
    expect(scope.fiscalYear).toBe(2023);
    await router.push({ name: 'project-detail', params: { id: 'p1' } });
    expect(router.currentRoute.value.fullPath).toBe('/projects/p1');
    await router.push({ name: 'login' });
    expect(router.currentRoute.value.query).toEqual({});
  });
});
