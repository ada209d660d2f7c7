import { DefaultApolloClient } from '@vue/apollo-composable';
import { flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { useAuthStore } from '../../stores/auth-store';
import { mockApollo, type MockAnswer } from '../../testing/mock-apollo';
import { mountWithApp } from '../../testing/mount';
import ChatCallback from './chat-callback.vue';
import { beginChatSignIn } from './chat-state';

const signedIn: MockAnswer = {
  data: {
    chatSignIn: {
      __typename: 'AuthPayload',
      accessToken: 'tok',
      expiresAt: new Date(Date.now() + 900_000).toISOString(),
      user: { __typename: 'User', id: 'u', username: 'leader', displayName: '昌吉州分管领导', role: 'leader', unitId: null, regionCode: '652300', mustChangePassword: false },
    },
  },
};

async function returnTo(path: string, answer: MockAnswer = signedIn) {
  const pinia = createPinia();
  setActivePinia(pinia);
  const { apollo, operations } = mockApollo(() => answer);
  const page = { template: '<p />' };
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/login', name: 'login', component: page },
      { path: '/login/chat/:platform', name: 'login-chat', component: ChatCallback },
      { path: '/:rest(.*)*', name: 'other', component: page },
    ],
  });
  await router.push(path);
  const wrapper = mountWithApp(ChatCallback, { global: { plugins: [pinia, router], provide: { [DefaultApolloClient]: apollo } } });
  await flushPromises();
  return { wrapper, router, operations, auth: useAuthStore() };
}

describe('the work-chat callback page', () => {
  afterEach(() => sessionStorage.clear());

  it('exchanges the returned code (DingTalk calls it authCode) and opens the page asked for', async () => {
    const state = beginChatSignIn('/monitoring');
    const { router, operations, auth } = await returnTo(`/login/chat/dingtalk?authCode=abc123&state=${state}`);
    expect(operations.find((o) => o.name === 'ChatSignIn')?.variables).toEqual({
      input: { platform: 'dingtalk', code: 'abc123', redirectUri: `${window.location.origin}/login/chat/dingtalk` },
    });
    expect(auth.user?.username).toBe('leader');
    expect(router.currentRoute.value.fullPath).toBe('/monitoring');
  });

  it('refuses a code that comes back with another state, or a second time (login CSRF)', async () => {
    beginChatSignIn('/');
    const forged = await returnTo('/login/chat/wecom?code=abc&state=not-the-one');
    expect(forged.operations.some((o) => o.name === 'ChatSignIn')).toBe(false);
    expect(forged.wrapper.find('[data-state=error]').text()).toContain('请重新登录');
    expect(forged.auth.user).toBeNull();

    const state = beginChatSignIn('/');
    await returnTo(`/login/chat/feishu?code=abc&state=${state}`);
    const replayed = await returnTo(`/login/chat/feishu?code=abc&state=${state}`);
    expect(replayed.operations.some((o) => o.name === 'ChatSignIn')).toBe(false);
  });

  it("shows the API's Chinese reason when the platform user is not linked", async () => {
    const state = beginChatSignIn('/');
    const { wrapper, auth } = await returnTo(`/login/chat/feishu?code=abc&state=${state}`, {
      errors: [{ message: '该飞书账号尚未关联绩效系统账号，请联系系统管理员关联后再试，或使用用户名和密码登录', extensions: { code: 'UNMAPPED_CHAT_USER' } }],
    });
    expect(wrapper.find('[data-state=error]').text()).toContain('尚未关联');
    expect(auth.user).toBeNull();
  });
});
