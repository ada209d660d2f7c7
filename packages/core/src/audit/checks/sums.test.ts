import { describe, expect, it } from 'vitest';
import type { GradeBand } from '../../frameworks/framework.js';
import { Decimal } from '../../money/decimal.js';
import { consistentProject, framework } from '../../testing/project-builder.js';
import type { Project } from '../../evaluation/evaluation.js';
import { auditProject } from '../audit-project.js';
import type { Finding, FindingValue } from '../finding.js';

const d = (value: string | number) => Decimal.from(value);
const text = (value: FindingValue | undefined) => (value instanceof Decimal ? value.normalize().toString() : value);

function findings(p: Project): Finding[] {
  return [...(auditProject(p)?.findings ?? [])];
}
const summary = (list: Finding[]) => list.map((f) => [f.code, f.severity, f.path, text(f.claimed), text(f.computed)]);

describe('sums: the report’s own arithmetic and the rules’', () => {
  it('sum.group: a group subtotal that disagrees with its indicators’ claims', () => {
    const list = findings(consistentProject({ claims: { groups: [{ level1: 'output', level2: 'quantity', score: d(50) }] } }));
    expect(summary(list)).toEqual([
      ['sum.group', 'error', 'evaluation.claimed.groups[0].score', '50', '60'],
      ['score.mismatch', 'error', 'evaluation.claimed.groups[0].score', '50', '60'],
      ['sum.dimension', 'error', 'evaluation.claimed.dimensions[0].score', '100', '90'],
    ]);
    expect(list[0]?.message).toBe('“产出数量”自评小计 50.00，与其下各指标自评得分合计 60.00 不符');
  });

  it('sum.dimension: a dimension score that disagrees with its parts', () => {
    const list = findings(consistentProject({ claims: { dimensions: [{ level1: 'output', score: d(90) }], totalScore: d(90), grade: '优' } }));
    expect(summary(list)).toEqual([
      ['sum.dimension', 'error', 'evaluation.claimed.dimensions[0].score', '90', '100'],
      ['score.mismatch', 'error', 'evaluation.claimed.dimensions[0].score', '90', '100'],
      ['total.mismatch', 'error', 'evaluation.claimed.totalScore', '90', '100'],
    ]);
  });

  it('sum.total: a total that is not the sum of the dimension claims', () => {
    const list = findings(consistentProject({ claims: { totalScore: d(95) } }));
    expect(summary(list)).toEqual([
      ['sum.total', 'error', 'evaluation.claimed.totalScore', '95', '100'],
      ['total.mismatch', 'error', 'evaluation.claimed.totalScore', '95', '100'],
    ]);
    expect(list[0]?.message).toBe('自评总分 95.00，与各一级指标自评得分合计 100.00 不符');
  });

  it('total.mismatch: consistent claims that the rules do not reproduce', () => {
    // 1 of 2 trainings: the rule gives 30, the report claims 60 throughout.
    const list = findings(consistentProject({ indicators: [{ actual: '1次', deviationReason: '疫情' }] }));
    expect(summary(list)).toEqual([
      ['score.mismatch', 'error', 'evaluation.indicators[0].claimed.score', '60', '30'],
      ['score.mismatch', 'error', 'evaluation.claimed.dimensions[0].score', '100', '70'],
      ['total.mismatch', 'error', 'evaluation.claimed.totalScore', '100', '70'],
      ['grade.changed', 'warning', 'evaluation.claimed.grade', '优', '中'],
    ]);
    expect(list[2]?.message).toBe('自评总分 100.00，按评分规则重算为 70.00');
  });

  it('tolerates differences within the framework’s score tolerance', () => {
    const tolerant = framework({ settings: { scoreTolerance: d('0.01') } });
    expect(findings(consistentProject({ framework: tolerant, claims: { totalScore: d('99.99') } }))).toEqual([]);
    expect(findings(consistentProject({ framework: tolerant, claims: { totalScore: d('99.98') } })).map((f) => f.code)).toEqual(['sum.total', 'total.mismatch']);
  });

  it('skips sum.total when not every dimension has a claimed score', () => {
    const twoDimensions = framework({
      dimensions: [
        { id: 'output', name: '产出', weight: d(100), groups: [{ id: 'quantity', name: '产出数量' }, { id: 'cost', name: '产出成本' }] },
        { id: 'benefit', name: '效益', weight: d(0), groups: [{ id: 'social', name: '社会效益' }] },
      ],
    });
    expect(findings(consistentProject({ framework: twoDimensions, claims: { totalScore: d(95) } })).map((f) => f.code)).toEqual(['total.mismatch']);
  });
});

describe('grades', () => {
  it('grade.band: the claimed grade is not the claimed total’s band', () => {
    const list = findings(consistentProject({ claims: { grade: '良好' } }));
    expect(summary(list)).toEqual([
      ['grade.band', 'error', 'evaluation.claimed.grade', '良好', '优'],
      ['grade.changed', 'warning', 'evaluation.claimed.grade', '良好', '优'],
      ['grade.wording', 'info', 'evaluation.claimed.grade', '良好', '良'],
    ]);
    expect(list[0]?.message).toBe('自评总分 100.00 对应评级“优”，报告写为“良好”（按对照表读作“良”）');
  });

  it('grade.band: a grade that cannot be read', () => {
    expect(summary(findings(consistentProject({ claims: { grade: 'A级' } })))).toEqual([['grade.band', 'error', 'evaluation.claimed.grade', 'A级', undefined]]);
  });

  it('reads the grade as written: 优秀, “优”', () => {
    expect(summary(findings(consistentProject({ claims: { grade: '优秀' } })))).toEqual([['grade.wording', 'info', 'evaluation.claimed.grade', '优秀', '优']]);
    expect(findings(consistentProject({ claims: { grade: '“优”' } }))).toEqual([]);
    expect(findings(consistentProject({ claims: { grade: '优级' } }))).toEqual([]);
  });

  it('grade.wording: a word that is not the framework’s, read through the table and saying so', () => {
    const [wording] = findings(consistentProject({ claims: { grade: '优秀' } }));
    expect(wording?.message).toBe(
      '报告评级写为“优秀”，不是评价体系“测试评价体系”的等级用语（优 / 良 / 中 / 差），按对照表读作“优”（优 = 优 / 优秀；良 = 良 / 良好；中 = 中 / 中等 / 合格 / 一般；差 = 差 / 较差 / 不合格）',
    );
    for (const [word, label] of [['良好', '良'], ['合格', '中'], ['不合格', '差']] as const) {
      expect(findings(consistentProject({ claims: { grade: word } })).find((f) => f.code === 'grade.wording')?.computed).toBe(label);
    }
  });

  it('grade.changed: the recomputed total falls in another band', () => {
    // 1.6 of 2 trainings: 48 + 40 = 88 is 良 while the report's consistent 100 is 优.
    const list = findings(consistentProject({ indicators: [{ actual: '1.6次', deviationReason: '疫情' }] }));
    expect(list.filter((f) => f.code.startsWith('grade')).map((f) => [f.code, f.severity, f.claimed, f.computed])).toEqual([['grade.changed', 'warning', '优', '良']]);
    expect(list.find((f) => f.code === 'grade.changed')?.message).toBe('按评分规则重算总分 88.00，评级为“良”，与报告的“优”不同');
  });

  it('uses the framework’s bands: 优 ≥ 80 accepts 85 as 优', () => {
    const bands: readonly GradeBand[] = [
      { grade: 'excellent', label: '优', min: d(80) },
      { grade: 'good', label: '良', min: d(70) },
      { grade: 'fair', label: '中', min: d(60) },
      { grade: 'poor', label: '差', min: d(0) },
    ];
    const change = { indicators: [{ actual: '5次', weight: 45, claimedScore: 45 }], claims: { dimensions: [{ level1: 'output', score: d(85) }], totalScore: d(85) } };
    const lenient = framework({ dimensions: [{ id: 'output', name: '产出', weight: d(85), groups: [{ id: 'quantity', name: '产出数量' }, { id: 'cost', name: '产出成本' }] }], totalWeight: d(85), settings: { gradeBands: bands } });
    expect(findings(consistentProject({ ...change, framework: lenient })).filter((f) => f.code.startsWith('grade'))).toEqual([]);
    const national = framework({ dimensions: lenient.dimensions, totalWeight: d(85) });
    expect(findings(consistentProject({ ...change, framework: national })).filter((f) => f.code.startsWith('grade')).map((f) => [f.code, f.computed])).toEqual([
      ['grade.band', '良'],
      ['grade.changed', '良'],
    ]);
  });
});
