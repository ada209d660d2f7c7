import { DefaultApolloClient } from '@vue/apollo-composable';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { SAVE_DELAY_MS } from '../../../composables/use-evaluation-editor';
import { mockApollo, type MockAnswer } from '../../../testing/mock-apollo';
import { mountWithApp } from '../../../testing/mount';
import EditorPage from './index.vue';

const indicator = (actual: string) => ({
  __typename: 'Indicator',
  id: 'ind-1',
  key: 'sessions',
  level1: 'output',
  level2: 'quantity',
  name: '培训场次',
  weight: '20.00',
  target: '≥10次',
  actual,
  rule: 'completionRatio',
  ruleLabel: '完成比例',
  tier: null,
  manualScore: null,
  justification: null,
  deviationReason: null,
  claimedScore: null,
  score: '20.00',
  derivation: '20 × 100% = 20.00',
  reasonRequirements: [],
  reasonMissing: false,
  readProblems: [],
  deviation: { __typename: 'IndicatorDeviation', kind: 'quantitative', deviation: '0', deviationRate: null, days: null, meetsTarget: true, message: null },
});

const project = (version: number, actual = '10次') => ({
  __typename: 'Project',
  id: 'p1',
  version,
  name: '法治宣传专项',
  fiscalYear: 2023,
  unit: { __typename: 'Unit', id: 'u1', name: '昌吉州党委政法委' },
  evaluation: { __typename: 'Evaluation', kind: 'selfEvaluation', frameworkName: '单位自评', status: 'draft', submittedAt: null, snapshot: null },
  indicators: [indicator(actual)],
  scoreCard: {
    __typename: 'ScoreCard',
    frameworkId: 'self-evaluation-2020',
    frameworkName: '单位自评',
    totalWeight: '100.00',
    totalScore: '20.00',
    grade: 'poor',
    gradeLabel: '差',
    unscoredCount: 0,
    dimensions: [],
  },
  auditFindings: [],
});

const CHANGES = {
  project: {
    __typename: 'Project',
    id: 'p1',
    version: 5,
    history: {
      __typename: 'ProjectHistoryPage',
      totalCount: 1,
      hasMore: false,
      nodes: [
        {
          __typename: 'ProjectChange',
          version: 5,
          at: '2023-09-30T02:00:00.000Z',
          actorName: '州财政局复核员',
          operation: 'setIndicatorActual',
          operationLabel: '填报实际完成值',
          reason: null,
          fields: [{ __typename: 'FieldChangeModel', field: 'indicators.sessions.actual', label: '指标「培训场次」·实际完成值', before: '10次', after: '11次' }],
        },
      ],
    },
  },
};

async function mountEditor(answer: (operation: string, variables: Record<string, unknown>) => MockAnswer) {
  const { apollo, operations } = mockApollo(answer);
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/evaluation/:id?', name: 'evaluation', component: EditorPage }] });
  await router.push('/evaluation/p1');
  const wrapper = mountWithApp(EditorPage, { props: { id: 'p1' }, attachTo: document.body, global: { plugins: [router], provide: { [DefaultApolloClient]: apollo } } });
  await flushPromises();
  return { wrapper, operations };
}

async function type(wrapper: Awaited<ReturnType<typeof mountEditor>>['wrapper'], text: string) {
  await wrapper.find('input[data-input=actual]').setValue(text);
  await new Promise((resolve) => setTimeout(resolve, SAVE_DELAY_MS + 50));
  await flushPromises();
}

const status = (wrapper: Awaited<ReturnType<typeof mountEditor>>['wrapper']) => wrapper.find('[data-state=save-status]');

describe('the evaluation editor', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('says 已保存 only after the server accepted the change, based on the version it loaded', async () => {
    const { wrapper, operations } = await mountEditor((name, variables) =>
      name === 'SetIndicatorActual' ? { data: { setIndicatorActual: project(Number(variables.expectedVersion) + 1, '12次') } } : { data: { project: project(3) } },
    );
    expect(status(wrapper).text()).toBe('');
    await type(wrapper, '12次');
    expect(operations.find((o) => o.name === 'SetIndicatorActual')?.variables).toMatchObject({ indicatorId: 'ind-1', expectedVersion: 3, input: { actual: '12次' } });
    expect(status(wrapper).attributes('data-status')).toBe('saved');
    expect(status(wrapper).text()).toBe('已保存，得分已重新计算');
    // The next save is based on the version the first one answered.
    await type(wrapper, '13次');
    expect(operations.filter((o) => o.name === 'SetIndicatorActual').map((o) => o.variables.expectedVersion)).toEqual([3, 4]);
  });

  it('never says 已保存 after a refused save, even after an earlier one succeeded, and shows the field error beside the field', async () => {
    let calls = 0;
    const { wrapper } = await mountEditor((name, variables) => {
      if (name !== 'SetIndicatorActual') return { data: { project: project(3) } };
      calls += 1;
      if (calls === 1) return { data: { setIndicatorActual: project(Number(variables.expectedVersion) + 1, '12次') } };
      return {
        data: null,
        errors: [{ message: '实际完成值的单位“万元”与指标值“≥10次”的单位“次”不一致', extensions: { code: 'BAD_USER_INPUT', field: 'input.actual', reason: 'unitMismatch' } }],
      };
    });
    await type(wrapper, '12次');
    expect(status(wrapper).attributes('data-status')).toBe('saved');
    await type(wrapper, '3万元');
    expect(status(wrapper).attributes('data-status')).toBe('failed');
    expect(wrapper.text()).not.toContain('已保存');
    expect(status(wrapper).text()).toBe('有修改未能保存，请按提示更正');
    // Element Plus shows a form item's error 100 ms after its state turns to error.
    await new Promise((resolve) => setTimeout(resolve, 150));
    await flushPromises();
    const item = wrapper.find('[data-input=actual]').element.closest('.el-form-item');
    expect(item?.querySelector('.el-form-item__error')?.textContent).toContain('与指标值“≥10次”的单位“次”不一致');
  });

  it('on CONFLICT says someone else changed it and shows their changes from the history', async () => {
    const { wrapper, operations } = await mountEditor((name) => {
      if (name === 'SetIndicatorActual') {
        return { data: null, errors: [{ message: '项目已被他人修改（您基于第 3 版，当前为第 5 版）', extensions: { code: 'CONFLICT', reason: 'staleVersion', currentVersion: 5, field: 'expectedVersion' } }] };
      }
      if (name === 'ProjectChangesSince') return { data: CHANGES };
      return { data: { project: project(3) } };
    });
    await type(wrapper, '12次');
    expect(operations.find((o) => o.name === 'ProjectChangesSince')?.variables).toEqual({ id: 'p1', sinceVersion: 3 });
    const banner = wrapper.find('[data-state=conflict]');
    expect(banner.text()).toContain('该项目已被他人修改（当前为第 5 版），您的修改未保存');
    expect(banner.text()).toContain('州财政局复核员');
    expect(banner.find('[data-field=change]').text()).toMatch(/指标「培训场次」·实际完成值\s*10次\s*→\s*11次/);
    expect(status(wrapper).attributes('data-status')).toBe('conflict');
    expect(wrapper.text()).not.toContain('已保存');
    // No further save goes out on the stale version.
    await type(wrapper, '14次');
    expect(operations.filter((o) => o.name === 'SetIndicatorActual')).toHaveLength(1);
  });
});
