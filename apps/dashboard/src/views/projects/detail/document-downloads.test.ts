import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAuthStore } from '../../../stores/auth-store';
import { mountWithApp } from '../../../testing/mount';
import DocumentDownloads from './document-downloads.vue';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('DocumentDownloads', () => {
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

  function mountSignedIn() {
    const wrapper = mountWithApp(DocumentDownloads, { props: { projectId: 'p1' }, attachTo: document.body });
    useAuthStore().signIn({ accessToken: 'tok', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), user: { id: 'u', username: 'zfw-staff', displayName: 'x', role: 'unitStaff', unitId: 'unit', regionCode: null } });
    return wrapper;
  }

  it('fetches the report with the token, shows that it is being made, and saves it under its Chinese name', async () => {
    const answer = deferred<Response>();
    const fetch = vi.fn(() => answer.promise);
    vi.stubGlobal('fetch', fetch);
    const wrapper = mountSignedIn();
    await wrapper.find('[data-action=download-report]').trigger('click');
    expect(fetch).toHaveBeenCalledWith('/projects/p1/evaluation-report.docx', { headers: { authorization: 'Bearer tok' } });
    expect(wrapper.find('[data-action=download-report]').text()).toContain('正在生成报告');
    expect(wrapper.find('[data-action=download-report]').classes()).toContain('is-loading');
    expect(wrapper.find('[data-action=download-sheet]').attributes('disabled')).toBeDefined();
    answer.resolve(
      new Response(new Uint8Array([0x50, 0x4b]), {
        headers: { 'content-disposition': `attachment; filename="evaluation-report.docx"; filename*=UTF-8''${encodeURIComponent('综治工作经费-绩效评价报告.docx')}` },
      }),
    );
    await flushPromises();
    expect(clicked).toEqual(['综治工作经费-绩效评价报告.docx']);
    expect(wrapper.find('[data-action=download-report]').text()).toBe('下载评价报告 (.docx)');
    expect(wrapper.find('[data-action=download-sheet]').attributes('disabled')).toBeUndefined();
  });

  it('shows the failure in Chinese and saves nothing', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ errors: [{ message: '项目不存在', extensions: { code: 'NOT_FOUND' } }] }), { status: 404 })));
    const wrapper = mountSignedIn();
    await wrapper.find('[data-action=download-sheet]').trigger('click');
    await flushPromises();
    expect(clicked).toEqual([]);
    expect(document.body.textContent).toContain('下载失败：项目不存在');
    expect(wrapper.find('[data-action=download-sheet]').classes()).not.toContain('is-loading');
  });
});
