import { DefaultApolloClient } from '@vue/apollo-composable';
import { flushPromises } from '@vue/test-utils';
import { ElMessageBox } from 'element-plus';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAuthStore } from '../../../stores/auth-store';
import { mockApollo, type MockAnswer } from '../../../testing/mock-apollo';
import { mountWithApp } from '../../../testing/mount';
import UsersPage from './index.vue';

function account(username: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'UserAccount', id: `id-${username}`, username, displayName: `${username} 姓名`, role: 'unitStaff', unitId: 'unit-1', unitName: '昌吉州党委政法委',
    regionCode: null, disabled: false, mustChangePassword: false, lockedUntil: null, lastLoginAt: null, openSessions: 1, createdAt: '2026-12-01T00:00:00.000Z', ...extra,
  };
}

const USERS = [account('admin', { role: 'admin', unitId: null, unitName: null }), account('zfw-staff'), account('leader', { role: 'leader', unitId: null, unitName: null, regionCode: '652300', disabled: true })];

async function mountPage(answers: Record<string, (variables: Record<string, unknown>) => MockAnswer> = {}) {
  const pinia = createPinia();
  setActivePinia(pinia);
  useAuthStore().signIn({
    accessToken: 'tok',
    expiresAt: new Date(Date.now() + 900_000).toISOString(),
    user: { id: 'id-admin', username: 'admin', displayName: '系统管理员', role: 'admin', unitId: null, regionCode: null },
  });
  const defaults: Record<string, (variables: Record<string, unknown>) => MockAnswer> = {
    Users: () => ({ data: { users: USERS } }),
    Units: () => ({ data: { units: [{ __typename: 'Unit', id: 'unit-1', name: '昌吉州党委政法委', regionCode: '652300' }] } }),
    Regions: () => ({ data: { regions: [{ __typename: 'Region', code: '652300', name: '昌吉回族自治州', parentCode: '650000', level: 2 }] } }),
  };
  const all = { ...defaults, ...answers };
  const { apollo, operations } = mockApollo((name, variables) => all[name]?.(variables) ?? { errors: [{ message: `unexpected ${name}`, extensions: {} }] });
  const wrapper = mountWithApp(UsersPage, { attachTo: document.body, global: { plugins: [pinia], provide: { [DefaultApolloClient]: apollo } } });
  await flushPromises();
  return { wrapper, operations };
}

const inDocument = <T extends Element>(selector: string) => document.body.querySelector<T>(selector);

async function type(selector: string, value: string) {
  const input = inDocument<HTMLInputElement>(selector);
  if (!input) throw new Error(`no ${selector}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await flushPromises();
}

describe('the users page (用户管理)', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  it('lists the accounts with role, scope and status, and offers no actions on one\'s own account', async () => {
    const { wrapper } = await mountPage();
    const text = wrapper.find('[data-table=users]').text();
    expect(text).toContain('zfw-staff');
    expect(text).toContain('单位人员');
    expect(text).toContain('昌吉州党委政法委');
    expect(text).toContain('昌吉回族自治州（652300）');
    expect(wrapper.find('[data-status=leader]').text()).toContain('已停用');
    expect(wrapper.find('[data-action=access-zfw-staff]').exists()).toBe(true);
    expect(wrapper.find('[data-action=access-admin]').exists()).toBe(false);
  });

  it('creates an account, showing the server\'s field error next to the field', async () => {
    let attempt = 0;
    const { wrapper, operations } = await mountPage({
      CreateUser: () =>
        ++attempt === 1
          ? { errors: [{ message: '该密码过于常见，容易被猜中，请换一个', extensions: { code: 'BAD_USER_INPUT', field: 'input.password', reason: 'common' } }] }
          : { data: { createUser: account('wang.fang', { mustChangePassword: true }) } },
    });
    await wrapper.find('[data-action=create-user]').trigger('click');
    await flushPromises();
    await type('[data-form=user] input[name=username]', 'wang.fang');
    await type('[data-form=user] input[name=displayName]', '王芳');
    await type('[data-form=user] input[name=password]', 'iloveyou123');
    inDocument<HTMLElement>('[data-action=save-user]')?.click();
    await flushPromises();
    // Element Plus marks the item and shows the message beside it (its transition is stubbed here).
    const itemOf = (name: string) => inDocument(`[data-form=user] input[name=${name}]`)?.closest('.el-form-item');
    expect(itemOf('password')?.classList.contains('is-error')).toBe(true);
    expect(itemOf('username')?.classList.contains('is-error')).toBe(false);

    await type('[data-form=user] input[name=password]', 'First-password-2026');
    inDocument<HTMLElement>('[data-action=save-user]')?.click();
    await flushPromises();
    const created = operations.filter((o) => o.name === 'CreateUser');
    expect(created).toHaveLength(2);
    // unitStaff is the default role; without a unit chosen none is sent, and the API names the field.
    expect(created[1]?.variables).toEqual({ input: { username: 'wang.fang', displayName: '王芳', password: 'First-password-2026', role: 'unitStaff' } });
    expect(operations.filter((o) => o.name === 'Users').length).toBeGreaterThan(1);
  });

  it('asks before disabling, then disables through the API', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never);
    const { wrapper, operations } = await mountPage({ SetUserDisabled: () => ({ data: { setUserDisabled: account('zfw-staff', { disabled: true, openSessions: 0 }) } }) });
    await wrapper.find('[data-action=toggle-zfw-staff]').trigger('click');
    await flushPromises();
    expect(confirm).toHaveBeenCalledOnce();
    expect(operations.find((o) => o.name === 'SetUserDisabled')?.variables).toEqual({ userId: 'id-zfw-staff', disabled: true });
  });

  it('enables a disabled account without asking', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm');
    const { wrapper, operations } = await mountPage({ SetUserDisabled: () => ({ data: { setUserDisabled: account('leader', { role: 'leader', disabled: false }) } }) });
    await wrapper.find('[data-action=toggle-leader]').trigger('click');
    await flushPromises();
    expect(confirm).not.toHaveBeenCalled();
    expect(operations.find((o) => o.name === 'SetUserDisabled')?.variables).toEqual({ userId: 'id-leader', disabled: false });
  });

  it('resets a password with a temporary one', async () => {
    const { wrapper, operations } = await mountPage({ ResetUserPassword: () => ({ data: { resetUserPassword: account('zfw-staff', { mustChangePassword: true, openSessions: 0 }) } }) });
    await wrapper.find('[data-action=reset-zfw-staff]').trigger('click');
    await flushPromises();
    await type('[data-form=reset] input[name=temporaryPassword]', 'Temporary-pass-123');
    inDocument<HTMLElement>('[data-action=save-reset]')?.click();
    await flushPromises();
    expect(operations.find((o) => o.name === 'ResetUserPassword')?.variables).toEqual({ input: { userId: 'id-zfw-staff', password: 'Temporary-pass-123' } });
  });

  it('lists a user\'s sessions and ends an open one', async () => {
    const session = (open: boolean) => ({
      __typename: 'UserSession', id: 's1', createdAt: '2026-12-03T01:00:00.000Z', lastUsedAt: '2026-12-03T02:00:00.000Z', expiresAt: '2026-12-17T02:00:00.000Z',
      endedAt: open ? null : '2026-12-03T03:00:00.000Z', endReason: open ? null : 'ended', userAgent: 'Chrome', ipAddress: '10.0.0.8', open,
    });
    let ended = false;
    const { wrapper, operations } = await mountPage({
      UserSessions: () => ({ data: { userSessions: [session(!ended)] } }),
      EndUserSession: () => {
        ended = true;
        return { data: { endUserSession: true } };
      },
    });
    await wrapper.find('[data-action=sessions-zfw-staff]').trigger('click');
    await flushPromises();
    expect(inDocument('[data-table=sessions]')?.textContent).toContain('2026-12-03 10:00');
    inDocument<HTMLElement>('[data-action=end-session]')?.click();
    await flushPromises();
    expect(operations.find((o) => o.name === 'EndUserSession')?.variables).toEqual({ sessionId: 's1' });
    expect(inDocument('[data-table=sessions]')?.textContent).toContain('管理员结束');
  });
});
