import { describe, expect, it } from 'vitest';
import { consistentProject, type IndicatorSpec } from '../../testing/project-builder.js';
import { auditProject } from '../audit-project.js';

const upperBounds = (indicators: readonly IndicatorSpec[]) =>
  (auditProject(consistentProject({ indicators }))?.findings ?? []).filter((f) => f.code === 'target.upperBoundOnQuantity').map((f) => [f.severity, f.path, f.claimed, f.message]);

describe('target.upperBoundOnQuantity: a 产出数量 target written as a cap', () => {
  it('asks about “≤4” for a number of villages to build (file 19), scoring by the sign as written', () => {
    expect(upperBounds([{ name: '开展精品示范村建设数量', target: '≤4', actual: '4', claimedScore: 60 }])).toEqual([
      [
        'warning',
        'evaluation.indicators[0].target',
        '≤4',
        '“开展精品示范村建设数量”是数量指标，年度指标值“≤4”却是上限（≤）：要完成的数量通常是须达到的下限（≥），符号可能写反了；重算按表中所写的“≤”计分',
      ],
    ]);
  });

  it('leaves counts that are better smaller, zero caps, floors and other groups alone', () => {
    expect(upperBounds([{ name: '安全事故发生次数', target: '≤2次', actual: '0次' }])).toEqual([]);
    expect(upperBounds([{ name: '新建村数量', target: '≤0个', actual: '0个' }])).toEqual([]);
    expect(upperBounds([{ name: '新建村数量', target: '≥4个', actual: '4个' }])).toEqual([]);
    expect(upperBounds([{}, { level2: 'cost', name: '建设成本', target: '≤100万元', actual: '100万元' }])).toEqual([]);
  });
});

describe('target.moneyUnitMissing: a 成本指标 amount without its currency', () => {
  it('says it read “每亩300” as money (file 21)', () => {
    const list = (auditProject(consistentProject({ indicators: [{}, { name: '造林补助', target: '每亩300', actual: '每亩300' }] }))?.findings ?? []).filter((f) => f.code === 'target.moneyUnitMissing');
    expect(list.map((f) => [f.severity, f.path, f.message])).toEqual([['info', 'evaluation.indicators[1].target', '成本指标“造林补助”的年度指标值“每亩300”没有写货币单位：按金额（元）理解，未写比较符时按上限计分']]);
    expect((auditProject(consistentProject())?.findings ?? []).filter((f) => f.code === 'target.moneyUnitMissing')).toEqual([]);
  });
});
