import { createPinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { useAuthStore } from '../stores/auth-store';
import { installAuthGuard } from './auth-guard';

const page = { template: '<p />' };

function setUp(refreshAnswer: unknown) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(refreshAnswer), { headers: { 'content-type': 'application/json' } })));
  const pinia = createPinia();
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/login', name: 'login', component: page, meta: { titleKey: 'menu.login', public: true } },
      { path: '/change-password', name: 'change-password', component: page, meta: { titleKey: 'menu.changePassword' } },
      { path: '/', name: 'overview', component: page, meta: { titleKey: 'menu.overview' } },
      { path: '/projects/:id', name: 'project-detail', component: page, meta: { titleKey: 'menu.projectDetail' } },
    ],
  });
  installAuthGuard(router, pinia);
  return { router, auth: useAuthStore(pinia) };
}

function signedIn(role: string, mustChangePassword = false) {
  const user = { __typename: 'User', id: 'u', username: 'x', displayName: 'x', role, unitId: null, regionCode: null, mustChangePassword };
  return { data: { refreshSession: { __typename: 'AuthPayload', accessToken: 'tok', expiresAt: new Date(Date.now() + 900_000).toISOString(), user } } };
}

describe('the auth guard', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('opens a link in a new tab without asking for the password when the browser has a session', async () => {
    const { router, auth } = setUp(signedIn('leader'));
    await router.push('/projects/p1');
    expect(router.currentRoute.value.name).toBe('project-detail');
    expect(auth.token).toBe('tok');
  });

  it('sends a tab without a session to the login page, remembering the link', async () => {
    const { router } = setUp({ data: null, errors: [{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }] });
    await router.push('/projects/p1');
    expect(router.currentRoute.value.name).toBe('login');
    expect(router.currentRoute.value.query.redirect).toBe('/projects/p1');
  });

  it('lets a user whose password was reset go nowhere but the password change', async () => {
    const { router } = setUp(signedIn('leader', true));
    await router.push('/projects/p1');
    expect(router.currentRoute.value.name).toBe('change-password');
    expect(router.currentRoute.value.query.redirect).toBe('/projects/p1');
  });

});
