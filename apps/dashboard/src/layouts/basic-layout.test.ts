import { DefaultApolloClient } from '@vue/apollo-composable';
import { flushPromises } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router';
import { layoutRoutes } from '../router';
import { useAuthStore, type Role } from '../stores/auth-store';
import { mockApollo } from '../testing/mock-apollo';
import { mountWithApp } from '../testing/mount';
import { setViewportWidth as setWidth } from '../testing/viewport';
import BasicLayout from './basic-layout.vue';

const page = { template: '<p data-page>page</p>' };

async function mountAs(role: Role, path: string) {
  const pinia = createPinia();
  useAuthStore(pinia).signIn({
    accessToken: 'tok',
    expiresAt: new Date(Date.now() + 900_000).toISOString(),
    user: { id: 'u', username: 'x', displayName: '王芳', role, unitId: null, regionCode: null },
  });
  // The real pages and their permissions, with stand-in components.
  const children = layoutRoutes.map((route) => ({ ...route, component: page }) as RouteRecordRaw);
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: BasicLayout, children }, { path: '/login', name: 'login', component: page }, { path: '/change-password', name: 'change-password', component: page }] });
  await router.push(path);
  const { apollo } = mockApollo((name) => (name === 'FiscalYears' ? { data: { fiscalYears: [2026] } } : { data: { regions: [] } }));
  const wrapper = mountWithApp({ template: '<router-view />' }, { attachTo: document.body, global: { plugins: [pinia, router], provide: { [DefaultApolloClient]: apollo }, stubs: { RouterLink: false } } });
  await flushPromises();
  return wrapper;
}

describe('the signed-in layout', () => {
  afterEach(() => {
    setWidth(1366);
    document.body.innerHTML = '';
  });

  it('shows 无权访问 in place of a page the role cannot use, and leaves it out of the menu', async () => {
    setWidth(1366);
    const leader = await mountAs('leader', '/evaluation/p1');
    expect(leader.find('[data-view=forbidden]').text()).toContain('无权访问');
    expect(leader.find('[data-page]').exists()).toBe(false);
    expect(leader.findAll('[data-menu]').map((item) => item.attributes('data-menu'))).toEqual(['overview', 'rankings', 'projects', 'monitoring', 'subscriptions']);
    leader.unmount();

    const staff = await mountAs('unitStaff', '/evaluation/p1');
    expect(staff.find('[data-page]').exists()).toBe(true);
    expect(staff.find('[data-view=forbidden]').exists()).toBe(false);
    expect(staff.findAll('[data-menu]').map((item) => item.attributes('data-menu'))).toContain('evaluation');
    staff.unmount();

    const admin = await mountAs('leader', '/admin/users');
    expect(admin.find('[data-view=forbidden]').exists()).toBe(true);
  });

  it('makes the main menu links that the keyboard reaches, the current page marked', async () => {
    const wrapper = await mountAs('leader', '/projects');
    const links = wrapper.findAll('nav a[data-menu]');
    expect(links.map((link) => link.attributes('href'))).toEqual(['/', '/rankings', '/projects', '/monitoring', '/subscriptions']);
    expect(wrapper.find('nav').attributes('aria-label')).toBe('主菜单');
    expect(wrapper.find('[data-menu=projects]').attributes('aria-current')).toBe('page');
    expect(wrapper.find('[data-menu=overview]').attributes('aria-current')).toBeUndefined();
  });

  it('names its selects for screen readers', async () => {
    const wrapper = await mountAs('leader', '/');
    const labels = wrapper.findAll('input[role=combobox]').map((input) => input.attributes('aria-label'));
    expect(labels).toEqual(['年度', '地区', '语言']);
  });

  it('trades the side menu for a drawer on a phone, with 退出登录 inside it', async () => {
    setWidth(390);
    const wrapper = await mountAs('leader', '/');
    await vi.waitFor(() => expect(wrapper.find('aside').exists()).toBe(false));
    expect(document.body.querySelector('[data-action=logout]')).toBeNull();
    await wrapper.find('[data-action=open-menu]').trigger('click');
    await flushPromises();
    const drawer = document.body.querySelector('[data-drawer=menu]');
    expect(drawer?.querySelector('[data-action=logout]')).not.toBeNull();
    expect([...(drawer?.querySelectorAll('[data-menu]') ?? [])].map((item) => item.getAttribute('data-menu'))).toEqual(['overview', 'rankings', 'projects', 'monitoring', 'subscriptions']);

    setWidth(1366);
    await vi.waitFor(() => expect(wrapper.find('aside').exists()).toBe(true));
    expect(wrapper.find('[data-action=logout]').exists()).toBe(true);
  });
});
