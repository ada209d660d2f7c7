import { DefaultApolloClient } from '@vue/apollo-composable';
import { flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { useAuthStore, type Role } from '../../stores/auth-store';
import { mockApollo, type MockAnswer } from '../../testing/mock-apollo';
import { mountWithApp } from '../../testing/mount';
import { samplePreview } from '../../testing/sample-preview';
import ImportPage from './index.vue';

function setUp(role: Role, answer: (operation: string, variables: Record<string, unknown>) => MockAnswer) {
  const pinia = createPinia();
  setActivePinia(pinia);
  useAuthStore().signIn({
    accessToken: 'tok',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    user: { id: 'u', username: 'zfw-staff', displayName: '财务', role, unitId: role === 'unitStaff' ? 'unit' : null, regionCode: null },
  });
  const { apollo, operations } = mockApollo(answer);
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/import', name: 'import', component: ImportPage },
      { path: '/projects/:id', name: 'project-detail', component: { template: '<p>detail</p>' } },
    ],
  });
  return { pinia, apollo, router, operations };
}

async function mountPage(role: Role, answer: (operation: string, variables: Record<string, unknown>) => MockAnswer = () => ({ data: { regions: [] } })) {
  const setup = setUp(role, answer);
  await setup.router.push('/import');
  const wrapper = mountWithApp(ImportPage, {
    attachTo: document.body,
    global: { plugins: [setup.pinia, setup.router], provide: { [DefaultApolloClient]: setup.apollo } },
  });
  await flushPromises();
  return { wrapper, ...setup };
}

async function choose(wrapper: Awaited<ReturnType<typeof mountPage>>['wrapper'], file: File) {
  const input = wrapper.find<HTMLInputElement>('input[data-input=file]');
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
  await input.trigger('change');
}

describe('the import page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('previews the chosen file and imports it on confirmation, then opens the new project', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(samplePreview()), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const { wrapper, router, operations } = await mountPage('unitStaff', (name) =>
      name === 'ImportProject'
        ? { data: { importProject: { __typename: 'Project', id: 'new-id', name: '综治工作经费', fiscalYear: 2022 } } }
        : { data: { regions: [] } },
    );
    expect(wrapper.find('[data-input=region]').exists()).toBe(false);
    await choose(wrapper, new File(['报告'], '综治工作经费绩效评价报告.txt'));
    expect(wrapper.find('[data-state=loading]').text()).toContain('正在读取并核对 综治工作经费绩效评价报告.txt');
    await flushPromises();
    const [url, init] = (fetch.mock.calls[0] ?? []) as unknown as [string, RequestInit];
    expect(url).toBe('/documents/preview');
    expect(init.headers).toEqual({ authorization: 'Bearer tok' });
    expect(wrapper.find('[data-field=computed-total]').text()).toBe('98.30');
    expect(wrapper.find('[data-field=claimed-total]').text()).toBe('98.66');

    await wrapper.find('[data-action=confirm-import]').trigger('click');
    await flushPromises();
    const mutation = operations.find((o) => o.name === 'ImportProject');
    expect(JSON.parse(String(mutation?.variables.file))).toEqual(samplePreview().file);
    expect(router.currentRoute.value.fullPath).toBe('/projects/new-id');
  });

  it('shows the API\'s Chinese message when the file cannot be read', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ errors: [{ message: '文件“x.bin”不是支持的格式', extensions: { code: 'BAD_USER_INPUT', field: 'file', reason: 'unsupportedType' } }] }), { status: 400 })),
    );
    const { wrapper } = await mountPage('admin');
    expect(wrapper.find('[data-input=region]').exists()).toBe(true);
    await choose(wrapper, new File([new Uint8Array([0, 1, 2])], 'x.bin'));
    await flushPromises();
    expect(wrapper.find('[data-state=error]').text()).toContain('无法预览：文件“x.bin”不是支持的格式');
    expect(wrapper.find('[data-section=import-preview]').exists()).toBe(false);
  });

  it('shows the mutation\'s Chinese error and stays on the preview', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(samplePreview()), { status: 200 })));
    const { wrapper, router } = await mountPage('unitStaff', (name) =>
      name === 'ImportProject' ? { errors: [{ message: '只能导入本单位的项目', extensions: { code: 'FORBIDDEN' } }] } : { data: { regions: [] } },
    );
    await choose(wrapper, new File(['{}'], 'p.json'));
    await flushPromises();
    await wrapper.find('[data-action=confirm-import]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-state=import-error]').text()).toContain('导入失败：');
    expect(router.currentRoute.value.name).toBe('import');
  });

  it('is closed to read-only roles', async () => {
    const { wrapper } = await mountPage('leader');
    expect(wrapper.text()).toContain('只有单位人员和系统管理员可以导入项目');
    expect(wrapper.find('input[data-input=file]').exists()).toBe(false);
  });

  describe('a file that repeats a stored project', () => {
    const DUPLICATE = {
      message: '该文件已经导入过：昌吉州党委政法委“综治工作经费”（2022年度）。确认要再建一个项目时请选择“仍然新建”',
      extensions: { code: 'DUPLICATE', reason: 'sameContent', existingProject: { id: 'old-id', name: '综治工作经费', unitName: '昌吉州党委政法委', fiscalYear: 2022 } },
    };
    const answer = (name: string, variables: Record<string, unknown>): MockAnswer => {
      if (name !== 'ImportProject') return { data: { regions: [] } };
      return variables.onDuplicate === 'CREATE_NEW'
        ? { data: { importProject: { __typename: 'Project', id: 'new-id', name: '综治工作经费', fiscalYear: 2022 } } }
        : { errors: [DUPLICATE] };
    };
    const duplicateOf = { reason: 'sameContent' as const, message: DUPLICATE.message, existingProject: DUPLICATE.extensions.existingProject };
    async function importTwice() {
      vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(samplePreview({ duplicateOf })), { status: 200 })));
      const page = await mountPage('unitStaff', answer);
      await choose(page.wrapper, new File(['报告'], '综治工作经费绩效评价报告.txt'));
      await flushPromises();
      // The preview already says so, before anything is saved.
      expect(page.wrapper.find('[data-state=duplicate]').text()).toContain('该文件已经导入过');
      await page.wrapper.find('[data-action=confirm-import]').trigger('click');
      await flushPromises();
      return page;
    }
    const dialogButton = (text: string) =>
      [...document.body.querySelectorAll<HTMLButtonElement>('.el-message-box button')].find((button) => button.textContent?.trim() === text);

    it('asks, naming the existing project, and creates a second one only when told to', async () => {
      const { router, operations } = await importTwice();
      expect(document.body.querySelector('.el-message-box')?.textContent).toContain('该文件已经导入过：昌吉州党委政法委“综治工作经费”（2022年度）');
      expect(operations.filter((o) => o.name === 'ImportProject').map((o) => o.variables.onDuplicate)).toEqual([undefined]);
      dialogButton('仍然新建')?.click();
      await flushPromises();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await flushPromises();
      expect(operations.filter((o) => o.name === 'ImportProject').map((o) => o.variables.onDuplicate)).toEqual([undefined, 'CREATE_NEW']);
      expect(router.currentRoute.value.fullPath).toBe('/projects/new-id');
    });

    it('opens the existing project instead when the user chooses it, creating nothing', async () => {
      const { router, operations } = await importTwice();
      dialogButton('查看已有项目')?.click();
      await flushPromises();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await flushPromises();
      expect(operations.filter((o) => o.name === 'ImportProject')).toHaveLength(1);
      expect(router.currentRoute.value.fullPath).toBe('/projects/old-id');
    });
  });
});
