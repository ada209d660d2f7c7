import { describe, expect, it } from 'vitest';
import { projectFileJson } from '../testing/project-builder.js';
import { loadProjectFile, type LoadResult } from './load-project.js';

type Project = Extract<LoadResult, { ok: true }>['project'];

function loaded(json: unknown): Project {
  const result = loadProjectFile(json);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.project;
}

function issuesOf(json: unknown): { path: string; message: string }[] {
  const result = loadProjectFile(json);
  if (result.ok) throw new Error('expected the load to fail');
  return [...result.issues];
}

const DELETE = Symbol('delete');

/**
 * A deep copy of the default file with the value at a dotted path (`evaluation.indicators.0.weight`)
 * replaced, or removed with {@link DELETE}.
 */
function edited(path: string, value: unknown): unknown {
  const file: unknown = structuredClone(projectFileJson());
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  let node = file;
  for (const key of keys) node = (node as Record<string, unknown>)[key];
  if (value === DELETE) delete (node as Record<string, unknown>)[last];
  else (node as Record<string, unknown>)[last] = value;
  return file;
}

describe('loadProjectFile: a valid file', () => {
  it('loads the minimal file into the domain model', () => {
    const project = loaded(projectFileJson());
    expect(project.info).toMatchObject({ name: '测试项目', fiscalYear: 2022, unit: { name: '测试单位' }, goals: { phases: [] } });
    expect(project.budget.lines[0]?.adjustedBudgetAmount.toString()).toBe('1000000');
    expect(project.budget.spentAmount.toString()).toBe('900000');
    const [ind] = project.evaluation?.indicators ?? [];
    expect(ind).toMatchObject({ id: 'output/quantity/培训次数', level1: 'output', level2: 'quantity', targetText: '≥2次', actualText: '3次', readProblems: [], evidence: [] });
    expect(ind?.target).toMatchObject({ kind: 'quantitative', operator: 'gte' });
    expect(ind?.weight.toString()).toBe('5');
  });

  it('reads JSON numbers exactly and sums payments when no spent amount is stated', () => {
    const payments = [
      { date: '2022-03-01', amount: 0.1, category: '宣传费' },
      { date: '2022-04-01', amount: '0.2', category: '宣传费' },
    ];
    const file = edited('budget.payments', payments) as { budget: Record<string, unknown> };
    delete file.budget['spentAmount'];
    const project = loaded(file);
    expect(project.budget.spentAmount.toString()).toBe('0.3');
  });

  it('keeps unreadable targets and actuals as read problems instead of failing', () => {
    const project = loaded(projectFileJson({ indicators: [{ level1: 'output', level2: 'quantity', name: '甲', weight: 5, target: '≥2次', actual: '大概三次' }] }));
    expect(project.evaluation?.indicators[0]?.readProblems).toMatchObject([{ field: 'actual', text: '大概三次' }]);
    expect(project.evaluation?.indicators[0]?.actual).toBeUndefined();
  });

  it('loads the monitoring form\'s completion likelihood and deviation cause category, undefined when absent', () => {
    const monitored = { level1: 'output', level2: 'quantity', name: '培训次数', weight: 5, completionLikelihood: 'possible', deviationCauseCategory: 'staffing' };
    const [ind] = loaded(projectFileJson({ indicators: [monitored] })).evaluation?.indicators ?? [];
    expect(ind).toMatchObject({ completionLikelihood: 'possible', deviationCauseCategory: 'staffing' });
    const [plain] = loaded(projectFileJson()).evaluation?.indicators ?? [];
    // Present and undefined, not left out: every indicator has one object shape.
    expect(Object.keys(plain ?? {})).toEqual(expect.arrayContaining(['completionLikelihood', 'deviationCauseCategory']));
    expect(plain?.completionLikelihood).toBeUndefined();
    expect(plain?.deviationCauseCategory).toBeUndefined();
  });

  it('accepts level1 and level2 by id, by Chinese name, and by name + 指标', () => {
    const names: [string, string][] = [
      ['output', 'quantity'],
      ['产出', '产出数量'],
      ['产出指标', '产出数量指标'],
      ['效益', '满意度'],
    ];
    const project = loaded(projectFileJson({ indicators: names.map(([level1, level2], i) => ({ level1, level2, name: `指标${i}`, weight: 1 })) }));
    expect(project.evaluation?.indicators.map((i) => [i.level1, i.level2])).toEqual([
      ['output', 'quantity'],
      ['output', 'quantity'],
      ['output', 'quantity'],
      ['benefit', 'satisfaction'],
    ]);
    // The self-evaluation template names its dimension 产出指标: 产出 still finds it.
    const self = loaded(projectFileJson({ framework: 'self-evaluation-2020', indicators: [{ level1: '产出', level2: '产出成本', name: '甲', weight: 1 }] }));
    expect(self.evaluation?.indicators[0]?.level1).toBe('output');
  });

  it('resolves claimed groups and dimensions written in Chinese', () => {
    const project = loaded(projectFileJson({ claimed: { groups: [{ level1: '产出', level2: '产出数量', score: '5', statement: '与预期目标一致' }], dimensions: [{ level1: '产出', score: 5 }], totalScore: '5', grade: '差' } }));
    expect(project.evaluation?.claims.groups[0]).toMatchObject({ level1: 'output', level2: 'quantity', statement: '与预期目标一致' });
    expect(project.evaluation?.claims.dimensions[0]?.level1).toBe('output');
    expect(project.evaluation?.claims.totalScore?.toString()).toBe('5');
  });
});

describe('loadProjectFile: custom inline frameworks', () => {
  const custom = (extra: Record<string, unknown> = {}) => ({
    id: 'county-2023',
    name: '县级部门评价',
    kind: 'departmentEvaluation',
    dimensions: [
      { id: 'output', name: '产出', weight: '60', groups: [{ id: 'quantity', name: '数量' }] },
      { id: 'benefit', name: '效益', weight: '40', groups: [{ id: 'social', name: '社会效益', weight: '40' }] },
    ],
    ...extra,
  });

  it('inherits the settings of the built-in framework it is based on', () => {
    const project = loaded(projectFileJson({ framework: custom({ basedOn: 'self-evaluation-2020' }) }));
    const framework = project.evaluation?.framework;
    expect(framework?.id).toBe('county-2023');
    expect(framework?.basis).toBe('基于 项目支出绩效自评（财预〔2020〕10号）');
    expect(framework?.settings.executionRateBase).toBe('adjustedBudget');
    expect(framework?.settings.defaultRules.lte).toBe('lowerIsBetterRatio');
    expect(framework?.dimensions[1]?.groups[0]?.weight?.toString()).toBe('40');
    expect(project.evaluation?.indicators[0]?.level2).toBe('quantity');
  });

  it('uses the national settings without basedOn, and accepts its own group names', () => {
    const project = loaded(projectFileJson({ framework: custom(), indicators: [{ level1: '产出', level2: '数量', name: '甲', weight: 1 }] }));
    expect(project.evaluation?.framework.settings.executionRateBase).toBe('received');
    expect(project.evaluation?.framework.basis).toBe('自定义评价体系');
    expect(project.evaluation?.indicators[0]?.level2).toBe('quantity');
  });

  it('reports an unknown basedOn', () => {
    expect(issuesOf(projectFileJson({ framework: custom({ basedOn: 'no-such' }) }))).toEqual([{ path: 'evaluation.framework.basedOn', message: '未知的评价体系“no-such”' }]);
  });
});

describe('loadProjectFile: every error names its path', () => {
  const cases: [string, string, unknown, string][] = [
    ['a missing formatVersion', 'formatVersion', DELETE, 'formatVersion'],
    ['a wrong formatVersion', 'formatVersion', 2, 'formatVersion'],
    ['an empty project name', 'project.name', '  ', 'project.name'],
    ['a fiscal year out of range', 'project.fiscalYear', 1800, 'project.fiscalYear'],
    ['a 5-digit region code', 'project.region.code', '65230', 'project.region.code'],
    ['no budget lines', 'budget.lines', [], 'budget.lines'],
    ['an unknown fund source', 'budget.lines.0.fundSource', 'loan', 'budget.lines[0].fundSource'],
    ['an amount that is not a number', 'budget.lines.0.receivedAmount', '100万', 'budget.lines[0].receivedAmount'],
    ['a malformed payment date', 'budget.payments', [{ date: '2022/03/01', amount: '1', category: '宣传费' }], 'budget.payments[0].date'],
    ['an impossible payment date', 'budget.payments', [{ date: '2022-02-30', amount: '1', category: '宣传费' }], 'budget.payments[0].date'],
    ['an empty expense category', 'budget.expenses', [{ category: '', amount: '1' }], 'budget.expenses[0].category'],
    ['an unknown evaluation kind', 'evaluation.kind', 'peerReview', 'evaluation.kind'],
    ['no indicators', 'evaluation.indicators', [], 'evaluation.indicators'],
    ['a weight written in words', 'evaluation.indicators.0.weight', '五', 'evaluation.indicators[0].weight'],
    ['an unknown tier', 'evaluation.indicators.0.tier', 'great', 'evaluation.indicators[0].tier'],
    ['an unknown formula', 'evaluation.indicators.0.formula', 'roi', 'evaluation.indicators[0].formula'],
    ['a blank rule', 'evaluation.indicators.0.rule', ' ', 'evaluation.indicators[0].rule'],
    ['an unknown completion likelihood', 'evaluation.indicators.0.completionLikelihood', 'likely', 'evaluation.indicators[0].completionLikelihood'],
    ['an unknown deviation cause category', 'evaluation.indicators.0.deviationCauseCategory', 'weather', 'evaluation.indicators[0].deviationCauseCategory'],
    ['a claimed score in words', 'evaluation.indicators.0.claimed', { score: '满分' }, 'evaluation.indicators[0].claimed.score'],
    ['a claimed total in words', 'evaluation.claimed', { totalScore: '九十' }, 'evaluation.claimed.totalScore'],
    ['an unknown team role', 'evaluation.team', [{ name: '甲', role: 'boss' }], 'evaluation.team[0].role'],
    ['an unknown framework', 'evaluation.framework', 'provincial-2030', 'evaluation.framework'],
    ['an unknown level1', 'evaluation.indicators.0.level1', '满意度', 'evaluation.indicators[0].level1'],
    ['an unknown level2', 'evaluation.indicators.0.level2', '数量指标', 'evaluation.indicators[0].level2'],
    ['an unknown claimed group', 'evaluation.claimed', { groups: [{ level1: 'output', level2: 'nope', score: 1 }] }, 'evaluation.claimed.groups[0].level2'],
    ['an unknown claimed dimension', 'evaluation.claimed', { dimensions: [{ level1: 'nope', score: 1 }] }, 'evaluation.claimed.dimensions[0].level1'],
    ['an impossible evaluation date', 'evaluation.evaluatedAt', '2022-04-31', 'evaluation.evaluatedAt'],
  ];

  it.each(cases)('%s', (_what, at, value, path) => {
    const issues = issuesOf(edited(at, value));
    expect(issues.map((i) => i.path)).toContain(path);
    for (const issue of issues) expect(issue.message.length).toBeGreaterThan(0);
  });
  it('says what is available when a level is unknown', () => {
    const [issue] = issuesOf(edited('evaluation.indicators.0.level1', '满意度'));
    expect(issue?.message).toContain('一级指标“满意度”不在评价体系');
    expect(issue?.message).toContain('output/产出');
  });

  it('names the allowed monitoring values in Chinese', () => {
    expect(issuesOf(edited('evaluation.indicators.0.completionLikelihood', '大概能'))).toEqual([
      { path: 'evaluation.indicators[0].completionLikelihood', message: '无效选项：期望以下之一 "certain"|"possible"|"impossible"' },
    ]);
    expect(issuesOf(edited('evaluation.indicators.0.deviationCauseCategory', '天气'))).toEqual([
      { path: 'evaluation.indicators[0].deviationCauseCategory', message: '无效选项：期望以下之一 "funding"|"institutional"|"staffing"|"hardware"|"other"' },
    ]);
  });

  it('lists every problem at once', () => {
    const file = edited('project.region.code', 'x') as { evaluation: { indicators: Record<string, unknown>[] } };
    const first = file.evaluation.indicators[0];
    if (first) first['weight'] = 'y';
    const issues = issuesOf(file);
    expect(issues.map((i) => i.path).sort()).toEqual(['evaluation.indicators[0].weight', 'project.region.code']);
  });

  it('names the root for a value that is not an object', () => {
    expect(issuesOf('hello')[0]?.path).toBe('(根)');
    expect(issuesOf(null)[0]?.path).toBe('(根)');
  });

  it('rejects duplicate indicator ids, given or generated from the names', () => {
    const twice = { level1: 'output', level2: 'quantity', name: '培训次数', weight: 1 };
    expect(issuesOf(projectFileJson({ indicators: [twice, twice] }))).toEqual([{ path: 'evaluation.indicators[1].id', message: '指标编号“output/quantity/培训次数”重复' }]);
    expect(issuesOf(projectFileJson({ indicators: [{ ...twice, id: 'a' }, { ...twice, name: '别的', id: 'a' }] }))).toEqual([{ path: 'evaluation.indicators[1].id', message: '指标编号“a”重复' }]);
  });
});
