import { DefaultApolloClient } from '@vue/apollo-composable';
import { flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { useAuthStore } from '../../stores/auth-store';
import { mockApollo, type MockAnswer } from '../../testing/mock-apollo';
import { mountWithApp } from '../../testing/mount';
import LoginPage from './index.vue';

function signedIn(mustChangePassword: boolean): MockAnswer {
  return {
    data: {
      login: {
        __typename: 'AuthPayload',
        accessToken: 'tok',
        expiresAt: new Date(Date.now() + 900_000).toISOString(),
        user: { __typename: 'User', id: 'u', username: 'wang.fang', displayName: '王芳', role: 'unitStaff', unitId: 'unit', regionCode: null, mustChangePassword },
      },
    },
  };
}

async function mountLogin(answers: Record<string, MockAnswer>, redirect?: string) {
  const pinia = createPinia();
  setActivePinia(pinia);
  const all: Record<string, MockAnswer> = { SignInOptions: { data: { signInOptions: { __typename: 'SignInOptions', demoUsers: false, chatPlatforms: [] } } }, ...answers };
  const { apollo, operations } = mockApollo((name) => all[name] ?? { errors: [{ message: `unexpected ${name}`, extensions: {} }] });
  const page = { template: '<p />' };
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/login', name: 'login', component: LoginPage },
      { path: '/change-password', name: 'change-password', component: page },
      { path: '/:rest(.*)*', name: 'other', component: page },
    ],
  });
  await router.push({ path: '/login', query: redirect ? { redirect } : {} });
  const wrapper = mountWithApp(LoginPage, { global: { plugins: [pinia, router], provide: { [DefaultApolloClient]: apollo } } });
  await flushPromises();
  return { wrapper, router, operations, auth: useAuthStore() };
}

async function submit(wrapper: Awaited<ReturnType<typeof mountLogin>>['wrapper']) {
  await wrapper.find('input[name=username]').setValue('wang.fang');
  await wrapper.find('input[name=password]').setValue('First-password-2026');
  await wrapper.find('form').trigger('submit');
  await flushPromises();
}

describe('the login page', () => {
  it('shows the demo password only when the server says demo users exist', async () => {
    const demo = await mountLogin({ SignInOptions: { data: { signInOptions: { __typename: 'SignInOptions', demoUsers: true, chatPlatforms: [] } } } });
    expect(demo.wrapper.find('[data-hint=demo]').text()).toContain('jixiao-demo');
    const production = await mountLogin({ SignInOptions: { data: { signInOptions: { __typename: 'SignInOptions', demoUsers: false, chatPlatforms: [] } } } });
    expect(production.wrapper.find('[data-hint=demo]').exists()).toBe(false);
    expect(production.wrapper.text()).not.toContain('jixiao-demo');
  });

  it('signs in and opens the page asked for', async () => {
    const { wrapper, router, auth } = await mountLogin({ Login: signedIn(false) }, '/projects/p1');
    await submit(wrapper);
    expect(auth.token).toBe('tok');
    expect(router.currentRoute.value.fullPath).toBe('/projects/p1');
  });

  it('sends a user whose password was reset to change it first, keeping where they were going', async () => {
    const { wrapper, router } = await mountLogin({ Login: signedIn(true) }, '/projects/p1');
    await submit(wrapper);
    expect(router.currentRoute.value.name).toBe('change-password');
    expect(router.currentRoute.value.query.redirect).toBe('/projects/p1');
  });

  it('says when the account is locked', async () => {
    const { wrapper } = await mountLogin({
      Login: { errors: [{ message: '该账号登录失败次数过多，已暂时锁定，请在 60 秒后重试', extensions: { code: 'RATE_LIMITED', reason: 'accountLocked' } }] },
    });
    await submit(wrapper);
    expect(wrapper.find('[data-state=error]').text()).toContain('已暂时锁定');
  });

  it('offers the work chats the server signs in with, and sends the browser there with a state to check on return', async () => {
    const none = await mountLogin({});
    expect(none.wrapper.find('[data-chat-sign-in]').exists()).toBe(false);

    const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => undefined);
    const { wrapper, operations } = await mountLogin(
      {
        SignInOptions: { data: { signInOptions: { __typename: 'SignInOptions', demoUsers: false, chatPlatforms: ['dingtalk', 'wecom'] } } },
        ChatSignInUrl: { data: { chatSignInUrl: 'https://login.dingtalk.com/oauth2/auth?client_id=x' } },
      },
      '/monitoring',
    );
    expect(wrapper.findAll('[data-chat-sign-in]').map((b) => b.text())).toEqual(['钉钉登录', '企业微信登录']);
    await wrapper.find('[data-chat-sign-in=dingtalk]').trigger('click');
    await flushPromises();
    const asked = operations.find((o) => o.name === 'ChatSignInUrl');
    expect(asked?.variables).toMatchObject({ platform: 'dingtalk', redirectUri: `${window.location.origin}/login/chat/dingtalk` });
    expect(String(asked?.variables.state)).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(JSON.parse(sessionStorage.getItem('jixiao.chatSignIn') ?? '{}')).toEqual({ state: asked?.variables.state, redirect: '/monitoring' });
    expect(assign).toHaveBeenCalledWith('https://login.dingtalk.com/oauth2/auth?client_id=x');
    assign.mockRestore();
  });
});
