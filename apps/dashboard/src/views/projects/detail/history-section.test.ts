import { ApolloClient, ApolloLink, InMemoryCache, Observable } from '@apollo/client/core';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAuthStore } from '../../../stores/auth-store';
import { mountWithApp } from '../../../testing/mount';
import HistorySection from './history-section.vue';

const change = (version: number, operationLabel: string, fields: { label: string; before: string | null; after: string | null }[], reason: string | null = null) => ({
  __typename: 'ProjectChange',
  version,
  at: '2023-09-30T02:05:00.000Z',
  actorName: '州党委政法委财务人员',
  operation: 'op',
  operationLabel,
  reason,
  fields: fields.map((f, i) => ({ __typename: 'FieldChangeModel', field: `f${i}`, ...f })),
});

function page(nodes: ReturnType<typeof change>[], hasMore: boolean) {
  return { project: { __typename: 'Project', id: 'p1', version: 3, history: { __typename: 'ProjectHistoryPage', totalCount: 3, hasMore, nodes } } };
}

describe('the 变更记录 tab', () => {
  const clicked: string[] = [];
  beforeEach(() => {
    clicked.length = 0;
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  async function mountSection() {
    const pinia = createPinia();
    setActivePinia(pinia);
    useAuthStore().signIn({
      accessToken: 'tok',
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      user: { id: 'u', username: 'zfw-staff', displayName: 'x', role: 'unitStaff', unitId: 'unit', regionCode: null },
    });
    const asked: Record<string, unknown>[] = [];
    const link = new ApolloLink(
      (operation) =>
        new Observable((observer) => {
          asked.push(operation.variables);
          const older = operation.variables.beforeVersion === 2;
          observer.next({
            data: older
              ? page([change(1, '创建项目', [{ label: '项目名称', before: null, after: '法治宣传专项' }])], false)
              : page(
                  [
                    change(3, '退回评价', [{ label: '评价状态', before: '已提交', after: '草稿' }], '宣传费支出未附凭证'),
                    change(2, '设置预算', [{ label: '实际支出（填报）', before: '360000.00元', after: null }]),
                  ],
                  true,
                ),
          } as never);
          observer.complete();
        }),
    );
    const apollo = new ApolloClient({ link, cache: new InMemoryCache(), devtools: { enabled: false } });
    const wrapper = mountWithApp(HistorySection, { props: { projectId: 'p1' }, attachTo: document.body, global: { plugins: [pinia], provide: { [DefaultApolloClient]: apollo } } });
    await flushPromises();
    return { wrapper, asked };
  }

  it('lists who changed which field from what to what, newest first, with the reason of a 退回', async () => {
    const { wrapper, asked } = await mountSection();
    expect(asked[0]).toEqual({ id: 'p1', first: 20 });
    const items = wrapper.findAll('[data-list=changes] > li');
    expect(items.map((item) => item.attributes('data-version'))).toEqual(['3', '2']);
    expect(items[0]?.text()).toContain('退回评价');
    expect(items[0]?.text()).toContain('州党委政法委财务人员');
    expect(items[0]?.text()).toContain('2023/09/30 10:05');
    expect(items[0]?.find('[data-field=reason]').text()).toBe('原因：宣传费支出未附凭证');
    expect(items[0]?.find('[data-field=change]').text()).toMatch(/评价状态\s*已提交\s*→\s*草稿/);
    // A cleared field says so rather than showing nothing.
    expect(items[1]?.find('[data-field=change]').text()).toMatch(/实际支出（填报）\s*360000\.00元\s*→\s*（空）/);
    expect(wrapper.text()).toContain('共 3 次修改');
  });

  it('loads older changes after the last one shown', async () => {
    const { wrapper, asked } = await mountSection();
    await wrapper.find('[data-action=more-history]').trigger('click');
    await flushPromises();
    expect(asked.at(-1)).toEqual({ id: 'p1', first: 20, beforeVersion: 2 });
    expect(wrapper.findAll('[data-list=changes] > li').map((item) => item.attributes('data-version'))).toEqual(['3', '2', '1']);
    expect(wrapper.find('[data-action=more-history]').exists()).toBe(false);
  });

  it('exports the history as .xlsx with the token, under its Chinese name', async () => {
    const fetch = vi.fn(
      async () =>
        new Response('xlsx', {
          status: 200,
          headers: { 'content-disposition': `attachment; filename="history.xlsx"; filename*=UTF-8''${encodeURIComponent('法治宣传专项-2023-变更记录.xlsx')}` },
        }),
    );
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountSection();
    await wrapper.find('[data-action=download-history]').trigger('click');
    await flushPromises();
    const [url, init] = (fetch.mock.calls[0] ?? []) as unknown as [string, RequestInit];
    expect(url).toBe('/projects/p1/history.xlsx');
    expect(init.headers).toEqual({ authorization: 'Bearer tok' });
    expect(clicked).toEqual(['法治宣传专项-2023-变更记录.xlsx']);
  });
});
