import { DefaultApolloClient } from '@vue/apollo-composable';
import { flushPromises } from '@vue/test-utils';
import { ElMessage, ElMessageBox } from 'element-plus';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAuthStore } from '../../stores/auth-store';
import { mockApollo, type MockAnswer } from '../../testing/mock-apollo';
import { mountWithApp } from '../../testing/mount';
import SubscriptionsPage from './index.vue';

function subscription(id: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'DigestSubscription', id, platform: 'dingtalk', target: 'user', conversationId: 'ding-zfw', conversationTitle: null, frequency: 'daily',
    nextRunAt: '2026-12-04T01:00:00.000Z', lastDeliveredAt: null, createdAt: '2026-12-01T00:00:00.000Z', ...extra,
  };
}

const MINE = [
  subscription('s-1'),
  subscription('s-2', { target: 'group', conversationId: 'cid-1', conversationTitle: '政法委财务群', frequency: 'weekly', nextRunAt: '2026-12-07T01:00:00.000Z', lastDeliveredAt: '2026-11-30T01:00:00.000Z' }),
];

async function mountPage(answers: Record<string, (variables: Record<string, unknown>) => MockAnswer> = {}) {
  const pinia = createPinia();
  setActivePinia(pinia);
  useAuthStore().signIn({
    accessToken: 'tok',
    expiresAt: new Date(Date.now() + 900_000).toISOString(),
    user: { id: 'u-zfw', username: 'zfw-staff', displayName: '州党委政法委财务人员', role: 'unitStaff', unitId: 'unit-1', regionCode: null },
  });
  const all: Record<string, (variables: Record<string, unknown>) => MockAnswer> = { MySubscriptions: () => ({ data: { mySubscriptions: MINE } }), ...answers };
  const { apollo, operations } = mockApollo((name, variables) => all[name]?.(variables) ?? { errors: [{ message: `unexpected ${name}`, extensions: {} }] });
  const wrapper = mountWithApp(SubscriptionsPage, { attachTo: document.body, global: { plugins: [pinia], provide: { [DefaultApolloClient]: apollo } } });
  await flushPromises();
  return { wrapper, operations };
}

describe('the subscriptions page (订阅设置)', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  it('lists one\'s subscriptions with platform, recipient, frequency and Beijing times', async () => {
    const { wrapper } = await mountPage();
    const text = wrapper.find('[data-table=subscriptions]').text();
    expect(text).toContain('钉钉');
    expect(text).toContain('个人（ding-zfw）');
    expect(text).toContain('群聊「政法委财务群」（cid-1）');
    expect(text).toContain('每日预警（每天 9:00）');
    expect(text).toContain('预警周报（每周一 9:00）');
    expect(text).toContain('2026-12-04 09:00');
    expect(text).toContain('2026-11-30 09:00');
    expect(text).toContain('尚未推送');
  });

  it('says how groups are subscribed, and shows the empty state without subscriptions', async () => {
    const { wrapper } = await mountPage({ MySubscriptions: () => ({ data: { mySubscriptions: [] } }) });
    expect(wrapper.text()).toContain('群聊订阅请在群里 @机器人');
    expect(wrapper.find('[data-state=empty]').exists()).toBe(true);
  });

  it('adds a personal subscription and reloads the list; the API\'s reason is shown when it refuses', async () => {
    let attempt = 0;
    const error = vi.spyOn(ElMessage, 'error');
    const { wrapper, operations } = await mountPage({
      SubscribeDigest: () =>
        ++attempt === 1
          ? { errors: [{ message: '您的账号尚未绑定钉钉，请联系管理员绑定后再订阅', extensions: { code: 'BAD_USER_INPUT', field: 'platform', reason: 'notLinked' } }] }
          : { data: { subscribeDigest: subscription('s-3') } },
    });
    await wrapper.find('[data-action=subscribe]').trigger('click');
    await flushPromises();
    expect(error).toHaveBeenCalledWith('您的账号尚未绑定钉钉，请联系管理员绑定后再订阅');
    const loads = operations.filter((o) => o.name === 'MySubscriptions').length;
    await wrapper.find('[data-action=subscribe]').trigger('click');
    await flushPromises();
    expect(operations.filter((o) => o.name === 'SubscribeDigest').map((o) => o.variables)).toEqual([
      { input: { platform: 'dingtalk', frequency: 'daily', target: 'user' } },
      { input: { platform: 'dingtalk', frequency: 'daily', target: 'user' } },
    ]);
    expect(operations.filter((o) => o.name === 'MySubscriptions').length).toBeGreaterThan(loads);
  });

  it('removes a subscription only after confirming', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValueOnce('cancel').mockResolvedValueOnce('confirm' as never);
    const { wrapper, operations } = await mountPage({ UnsubscribeDigest: () => ({ data: { unsubscribeDigest: true } }) });
    await wrapper.find('[data-action=unsubscribe-s-2]').trigger('click');
    await flushPromises();
    expect(operations.some((o) => o.name === 'UnsubscribeDigest')).toBe(false);
    await wrapper.find('[data-action=unsubscribe-s-2]').trigger('click');
    await flushPromises();
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(confirm.mock.calls[0]?.[0]).toBe('确定取消钉钉的预警周报（每周一 9:00）吗？');
    expect(operations.filter((o) => o.name === 'UnsubscribeDigest').map((o) => o.variables)).toEqual([{ id: 's-2' }]);
  });
});
