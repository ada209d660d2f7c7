import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.js';
import { framework, indicator } from '../testing/project-builder.js';
import type { FrameworkDimension } from './framework.js';
import { BUILT_IN_FRAMEWORKS, DEPARTMENT_EVALUATION_2020, SELF_EVALUATION_2020, builtInFramework } from './templates.js';
import { validateFramework, validateIndicatorWeights } from './validate-framework.js';

const d = (value: string | number) => Decimal.from(value);
const dim = (id: string, weight: number, groups: FrameworkDimension['groups'] = [{ id: `${id}Group`, name: `${id}组` }]): FrameworkDimension => ({ id, name: id, weight: d(weight), groups });

describe('built-in templates', () => {
  it('are valid as published', () => {
    for (const template of BUILT_IN_FRAMEWORKS) expect(validateFramework(template)).toEqual([]);
  });

  it('carry the national weights: self-evaluation 10/50/30/10, department 20/20/30/30', () => {
    expect(SELF_EVALUATION_2020.dimensions.map((x) => [x.name, x.weight.toString()])).toEqual([
      ['预算执行率', '10'],
      ['产出指标', '50'],
      ['效益指标', '30'],
      ['满意度指标', '10'],
    ]);
    expect(DEPARTMENT_EVALUATION_2020.dimensions.map((x) => x.weight.toString())).toEqual(['20', '20', '30', '30']);
    expect(builtInFramework('finance-evaluation-2020')?.kind).toBe('financeEvaluation');
    expect(builtInFramework('nope')).toBeUndefined();
  });
});

describe('validateFramework', () => {
  it('reports dimension weights that do not sum to the total', () => {
    const issues = validateFramework(framework({ dimensions: [dim('output', 50), dim('benefit', 40)] }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'dimensionWeightsSum', path: 'dimensions', message: '一级指标分值合计 90，应为 100' });
    expect(issues[0]?.expected?.toString()).toBe('100');
    expect(issues[0]?.actual?.toString()).toBe('90');
  });

  it('reports group weights that do not sum to their dimension, when every group has one', () => {
    const issues = validateFramework(framework({ dimensions: [dim('output', 100, [{ id: 'a', name: '甲', weight: d(60) }, { id: 'b', name: '乙', weight: d(30) }])] }));
    expect(issues).toMatchObject([{ code: 'groupWeightsSum', path: 'dimensions[output]', message: '“output”下二级指标分值合计 90，应为 100' }]);
    // Partly weighted groups are left to the indicators' sums.
    expect(validateFramework(framework({ dimensions: [dim('output', 100, [{ id: 'a', name: '甲', weight: d(60) }, { id: 'b', name: '乙' }])] }))).toEqual([]);
  });

  it('enforces 产出 + 效益 ≥ 60% where the framework asks for it', () => {
    const lopsided = [dim('decision', 30), dim('process', 20), dim('output', 30), dim('benefit', 20)];
    const issues = validateFramework(framework({ dimensions: lopsided, settings: { minOutputBenefitShare: d('0.6') } }));
    expect(issues).toMatchObject([{ code: 'outputBenefitShare', path: 'dimensions' }]);
    expect(issues[0]?.message).toBe('产出与效益分值合计 50，低于总分的 60%（财预〔2020〕10号 第二十三条）');
    expect(issues[0]?.expected?.eq(60)).toBe(true);
    // exactly 60% passes; without the setting nothing is required
    expect(validateFramework(framework({ dimensions: [dim('decision', 20), dim('process', 20), dim('output', 30), dim('benefit', 30)], settings: { minOutputBenefitShare: d('0.6') } }))).toEqual([]);
    expect(validateFramework(framework({ dimensions: lopsided }))).toEqual([]);
  });

  it('reports a duplicate dimension id', () => {
    expect(validateFramework(framework({ dimensions: [dim('output', 50), dim('output', 50)] }))).toMatchObject([{ code: 'duplicateId', path: 'dimensions[output]' }]);
  });
});

describe('validateIndicatorWeights', () => {
  const small = framework({
    dimensions: [
      dim('output', 60, [{ id: 'quantity', name: '产出数量', weight: d(40) }, { id: 'cost', name: '产出成本', weight: d(20) }]),
      dim('benefit', 40, [{ id: 'social', name: '社会效益' }]),
    ],
  });
  const fitting = () => [
    indicator({ level2: 'quantity', weight: 25 }),
    indicator({ level2: 'quantity', weight: 15 }),
    indicator({ level2: 'cost', weight: 20 }),
    indicator({ level1: 'benefit', level2: 'social', weight: 40 }),
  ];

  it('accepts indicators whose weights add up level by level', () => {
    expect(validateIndicatorWeights(small, fitting())).toEqual([]);
  });

  it('reports a dimension and a group whose indicators weigh too little', () => {
    const [first, , third, fourth] = fitting();
    if (!first || !third || !fourth) throw new Error('fixture');
    const issues = validateIndicatorWeights(small, [first, third, fourth]);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['indicatorWeightsSum', 'dimensions[output]'],
      ['groupWeightsSum', 'dimensions[output].groups[quantity]'],
    ]);
    expect(issues[1]?.message).toBe('“产出数量”下三级指标分值合计 25，应为 40');
  });

  it('names an indicator in an unknown level1 or level2 by its index', () => {
    const issues = validateIndicatorWeights(small, [...fitting(), indicator({ name: '甲', level1: 'satisfaction', level2: 'x', weight: 0 }), indicator({ name: '乙', level1: 'benefit', level2: 'economic', weight: 0 })]);
    expect(issues).toMatchObject([
      { code: 'unknownDimension', path: 'indicators[4].level1', message: '“甲”的一级指标“satisfaction”不在评价体系“测试评价体系”中' },
      { code: 'unknownGroup', path: 'indicators[5].level2', message: '“乙”的二级指标“economic”不在“benefit”下' },
    ]);
  });
});
